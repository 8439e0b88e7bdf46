// A document id that is in no lookup shard and not imported here (a mistyped or stale link) is a bad parameter, not a
// data failure: go to a sensible default under its own URL and say why, instead of an error panel
// whose retry can never succeed.
import { useEffect, useRef } from 'react';
import { useLocalSummaries, useLookup, useOverviewIndex } from '../data/index-hooks';
import { isLocalId } from '../data/local-documents';
import { t } from '../i18n/strings';
import { useAtlasStore, useNavigate } from './url-state';

/** Returns true while the id is known to be unknown (the caller renders nothing meanwhile). */
export function useUnknownDocument(docId: string, fallback: (firstDocId: string | null) => string): boolean {
  // The id's lookup shard says whether a built document has it; the overview index names the first.
  const local = isLocalId(docId);
  const lookup = useLookup(docId, !local);
  const locals = useLocalSummaries();
  const overview = useOverviewIndex();
  const navigate = useNavigate();
  const setNotice = useAtlasStore((s) => s.setNotice);
  const unknown = local
    ? locals.status === 'ready' && overview.status !== 'loading' && !locals.data.some((l) => l.id === docId)
    : lookup.status === 'ready' && overview.status !== 'loading' && !lookup.data.documents.some((d) => d.id === docId);
  const firstDocId = (overview.status === 'ready' ? overview.data.first?.id : null) ?? locals.data?.[0]?.id ?? null;
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
