// The app's import direction, as a lint rule: shell → views → kernel → shared schema, every arrow
// pointing down. A kernel file never imports a view or the shell; a view never imports another
// view (a view's folder is its own; what two views share moves down into the kernel); the pipeline
// and the app meet only in src/shared. Relative imports are resolved against the importing file,
// so `../heatmap/x` from a map file is caught however deep the file sits.
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Where a repository path sits: { layer, view? } or null outside the layered code. */
export function layerOf(file) {
  const rel = relative(root, file).split(sep).join('/');
  const parts = rel.split('/');
  if (parts[0] === 'pipeline') return { layer: 'pipeline' };
  if (parts[0] !== 'src') return null;
  if (parts[1] === 'shell') return { layer: 'shell' };
  if (parts[1] === 'views') return { layer: 'view', view: parts[2] };
  if (parts[1] === 'kernel') return { layer: 'kernel' };
  if (parts[1] === 'shared') return { layer: 'shared' };
  return { layer: 'unplaced' };
}

/** Why `from` may not import `to`, or null when it may. */
export function violation(from, to) {
  if (!from || !to) return null;
  if (from.layer === 'unplaced') return 'every file under src/ belongs to src/shell, src/views/<view>, src/kernel or src/shared';
  if (from.layer === 'pipeline') return to.layer === 'pipeline' || to.layer === 'shared' ? null : 'the pipeline imports nothing from the app except src/shared';
  if (to.layer === 'pipeline') return 'the app imports nothing from the pipeline (share code through src/shared)';
  if (from.layer === 'shared') return to.layer === 'shared' ? null : 'src/shared is imported by both the pipeline and the app and imports neither';
  if (from.layer === 'kernel') return to.layer === 'kernel' || to.layer === 'shared' ? null : `the kernel must not import ${to.layer === 'view' ? `a view (${to.view})` : 'the shell'}`;
  if (from.layer === 'view') {
    if (to.layer === 'shell') return 'a view must not import the shell';
    if (to.layer === 'view' && to.view !== from.view) return `view ${from.view} must not import view ${to.view} (move what they share into src/kernel)`;
    return null;
  }
  return null; // the shell may import anything below it
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'imports point down: shell → views → kernel → shared; no view imports another' },
    schema: [],
    messages: { layer: '{{spec}}: {{why}}' },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const check = (node, source) => {
      const spec = source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const why = violation(from, layerOf(resolve(dirname(file), spec)));
      if (why) context.report({ node: source, messageId: 'layer', data: { spec, why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source),
    };
  },
};
