// Start loading a document when the pointer reaches (or focus lands on) a link into the reader:
// the fetch and validation then overlap the user's hover-to-click time instead of following the
// click. Goes through the shared cache, so the reader finds the same promise and nothing is
// fetched twice; a failure is kept and shown by the reader with its retry button, as before.
import { loadDocument } from './resources';

export function prefetchDocument(docId: string): void {
  loadDocument(docId).catch(() => {});
}

/** Props for a link into the reader: <Link {...prefetchProps(id)} …>. */
export function prefetchProps(docId: string) {
  const start = () => prefetchDocument(docId);
  return { onPointerEnter: start, onFocus: start };
}
