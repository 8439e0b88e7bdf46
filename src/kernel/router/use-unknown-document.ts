// A document id that is not in the manifest (a mistyped or stale link) is a bad parameter, not a
// data failure: go to a sensible default under its own URL and say why, instead of an error panel
// whose retry can never succeed.
import { useEffect } from 'react';
import { useManifest } from '../data/hooks';
import { t } from '../i18n/strings';
import { useAtlasStore, useNavigate } from './url-state';

/** Returns true while the id is known to be unknown (the caller renders nothing meanwhile). */
export function useUnknownDocument(docId: string, fallback: (firstDocId: string | null) => string): boolean {
  const manifest = useManifest();
  const navigate = useNavigate();
  const setNotice = useAtlasStore((s) => s.setNotice);
  const unknown = manifest.status === 'ready' && !manifest.data.documents.some((d) => d.id === docId);
  useEffect(() => {
    if (!unknown || manifest.status !== 'ready') return;
    const to = fallback(manifest.data.documents[0]?.id ?? null);
    navigate(to, { replace: true });
    setNotice({ path: to.split('?')[0], text: t.notice.unknownDocument(docId) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [unknown, docId]);
  return unknown;
}
