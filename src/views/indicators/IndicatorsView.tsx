// PLACEHOLDER created by the shell so routes build before the view exists; the view's owner
// replaces this file entirely.
import EmptyState from '../../app/components/EmptyState';

export default function IndicatorsView() {
  return <EmptyState message="IndicatorsView: not built yet" />;
}
