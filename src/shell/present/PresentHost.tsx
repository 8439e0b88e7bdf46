// Shell-level presenter mode, for every view: ?present=1 hides the chrome (html.presenting; views
// add their own large layouts), and a sequence of views (?seq=) is stepped with ←/→ wherever the
// talk is. Only this host is in the first chunk: the sequence panel and its keyboard loads on
// first use (a ?seq= link, or the 演示序列 button).
import { lazy, Suspense, useEffect } from 'react';
import { useAtlasStore } from '../../kernel/router/url-state';
import { useSequencePanelOpen } from './panel-state';

const SequencePanel = lazy(() => import('./SequencePanel'));
const CLASS = 'presenting';

export default function PresentHost() {
  const present = useAtlasStore((st) => st.params.present === '1');
  const seq = useAtlasStore((st) => st.params.seq ?? null);
  const path = useAtlasStore((st) => st.path);
  const open = useSequencePanelOpen();
  // Re-applied on every path: a view's own presenter (the map's) takes the class off when it unmounts.
  useEffect(() => {
    if (!present) return;
    document.documentElement.classList.add(CLASS);
    return () => document.documentElement.classList.remove(CLASS);
  }, [present, path]);
  if (!open && seq === null) return null;
  return (
    <Suspense fallback={null}>
      <SequencePanel open={open} />
    </Suspense>
  );
}
