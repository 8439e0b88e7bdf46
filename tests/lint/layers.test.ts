// The import-direction rule (eslint/layers.js) as `npm run lint` runs it: the real config, given
// imports that break each arrow, must report them — and must stay quiet on the arrows that point down.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result.messages.filter((m) => m.ruleId === 'atlas/layers').map((m) => m.message);
}

// The first lintText loads the whole config and typescript-eslint: seconds on a busy 2-core machine.
describe('import direction: shell → views → kernel → shared', { timeout: 60_000 }, () => {
  it('rejects a kernel file importing a view or the shell', async () => {
    expect(await layerErrors('src/kernel/data/x.ts', "import { a } from '../../views/map/state/map-state';\nexport const b = a;\n")).toEqual([
      expect.stringContaining('the kernel must not import a view (map)'),
    ]);
    expect(await layerErrors('src/kernel/lib/x.ts', "export { default } from '../../shell/Header';\n")).toEqual([
      expect.stringContaining('the kernel must not import the shell'),
    ]);
    expect(await layerErrors('src/kernel/lib/x.ts', "export const v = () => import('../../views/heatmap/HeatmapView');\n")).toHaveLength(1);
  });

  it("rejects a view importing another view's files, however deep the importer sits", async () => {
    expect(await layerErrors('src/views/department/DepartmentView.tsx', "import { x } from '../heatmap/model/params';\nexport const y = x;\n")).toEqual([
      expect.stringContaining('view department must not import view heatmap'),
    ]);
    expect(await layerErrors('src/views/map/state/deep/x.ts', "import { x } from '../../../indicators/model/status';\nexport const y = x;\n")).toHaveLength(1);
  });

  it('rejects a view importing the shell, and the pipeline and the app importing each other', async () => {
    expect(await layerErrors('src/views/map/x.ts', "import { AppRoutes } from '../../shell/routes';\nexport const y = AppRoutes;\n")).toHaveLength(1);
    expect(await layerErrors('pipeline/x.ts', "import { t } from '../src/kernel/i18n/strings';\nexport const y = t;\n")).toHaveLength(1);
    expect(await layerErrors('src/kernel/x.ts', "import { build } from '../../pipeline/build';\nexport const y = build;\n")).toHaveLength(1);
    expect(await layerErrors('src/shared/x.ts', "import { t } from '../kernel/i18n/strings';\nexport const y = t;\n")).toHaveLength(1);
  });

  it('accepts imports that point down or stay inside one view', async () => {
    const ok = [
      ['src/shell/Header.tsx', "import SearchBox from '../views/search/SearchBox';\nimport { t } from '../kernel/i18n/strings';\nexport const y = [SearchBox, t];\n"],
      ['src/views/map/option/x.ts', "import { mapState } from '../state/map-state';\nimport { esc } from '../../../kernel/lib/escape';\nimport { manifest } from '../../../shared/schema';\nexport const y = [mapState, esc, manifest];\n"],
      ['src/kernel/data/x.ts', "import { manifest } from '../../shared/schema';\nimport { t } from '../i18n/strings';\nexport const y = [manifest, t];\n"],
      ['pipeline/x.ts', "import { manifest } from '../src/shared/schema';\nexport const y = manifest;\n"],
    ] as const;
    for (const [file, code] of ok) expect(await layerErrors(file, code), file).toEqual([]);
  });
});
