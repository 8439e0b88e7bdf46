// Badges a document card or the reader shows: 本地导入 for a document imported in this browser,
// 未审核 for metadata nobody has checked (local documents and `npm run add` drafts alike).
import type { Manifest } from '../../shared/schema';
import { importStrings as s } from './strings';

type Entry = Pick<Manifest['documents'][number], 'local' | 'reviewed'>;

export default function LocalBadges({ doc }: { doc: Entry }) {
  if (!doc.local && doc.reviewed !== false) return null;
  return (
    <span className="doc-badges">
      {doc.local && <span className="badge badge-local" title={s.localBadgeTitle} data-testid="badge-local">{s.localBadge}</span>}
      {(doc.local || doc.reviewed === false) && <span className="badge badge-unreviewed" title={s.unreviewedTitle} data-testid="badge-unreviewed">{s.unreviewed}</span>}
    </span>
  );
}
