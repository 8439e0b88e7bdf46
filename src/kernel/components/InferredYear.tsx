// 推定 beside a year the document implies but does not write (yearBasis "inferred"): a link to the
// sentence it is inferred from, so a reader can check the reasoning.
import type { Citation, YearBasis } from '../../shared/schema';
import SourceLink from './SourceLink';
import './entries.css';

export const INFERRED = '推定';

export default function InferredYear({ basis, citation }: { basis?: YearBasis | null; citation?: Citation | null }) {
  if (basis !== 'inferred' || !citation) return null;
  return (
    <SourceLink citation={citation} className="inferred-mark">
      <span data-testid="inferred-year" title={`文中未写明年份，据此句推定：${citation.quote}`}>{INFERRED}</span>
    </SourceLink>
  );
}
