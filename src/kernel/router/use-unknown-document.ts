// A document id that is not in the manifest (a mistyped or stale link) is a bad parameter, not a
// data failure: go to a sensible default under its own URL and say why, instead of an error panel
// whose retry can never succeed.
import { useEffect, useRef } from 'react';
import { useManifest } from '../data/hooks';
import { t } from '../i18n/strings';
import { useAtlasStore, useNavigate } from './url-state';

/** Returns true while the id is known to be unknown (the caller renders nothing meanwhile). */
export function useUnknownDocument(docId: string, fallback: (firstDocId: string | null) => string): boolean {
  const manifest = useManifest();
  const navigate = useNavigate();
  const setNotice = useAtlasStore((s) => s.setNotice);
  const unknown = manifest.status === 'ready' && !manifest.data.documents.some((d) => d.id === docId);
  const firstDocId = manifest.status === 'ready' ? (manifest.data.documents[0]?.id ?? null) : null;
  // The caller's fallback is usually an inline function: read the latest, never re-run for it.
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  });
  useEffect(() => {
    if (!unknown) return;
    const to = fallbackRef.current(firstDocId);
    navigate(to, { replace: true });
    setNotice({ path: to.split('?')[0], text: t.notice.unknownDocument(docId) });
  }, [unknown, docId, firstDocId, navigate, setNotice]);
  return unknown;
}
