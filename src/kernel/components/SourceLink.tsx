// Every "source" link in every view: lands in the reader with the cited sentence highlighted and
// scrolled into view. With a taskId the reader selects the task (?task=), otherwise the span (?at=).
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Citation } from '../../shared/schema';
import { prefetchProps } from '../data/prefetch';
import { t } from '../i18n/strings';

export function sourceHref(citation: Pick<Citation, 'docId' | 'start' | 'end'>, taskId?: string | null): string {
  const doc = `/doc/${encodeURIComponent(citation.docId)}`;
  if (taskId) return `${doc}?task=${encodeURIComponent(taskId)}`;
  return `${doc}?at=${citation.start}-${citation.end}`;
}

interface Props {
  citation: Citation;
  taskId?: string | null;
  children?: ReactNode;
  className?: string;
}

export default function SourceLink({ citation, taskId, children, className }: Props) {
  return (
    <Link
      {...prefetchProps(citation.docId)}
      href={sourceHref(citation, taskId)}
      className={className ?? 'source-link'}
      title={`${t.common.source}：${citation.quote}`}
    >
      {children ?? t.common.source}
    </Link>
  );
}
