// PLACEHOLDER created by the shell so routes build before the view exists; the view's owner
// replaces this file entirely.
import EmptyState from '../../app/components/EmptyState';

export default function MapView() {
  return <EmptyState message="MapView: not built yet" />;
}
