import type { ReactNode } from 'react';
import { t } from '../i18n/strings';

/** Nothing to show is a state, not a blank area: say so, and optionally offer a way out. */
export default function EmptyState({ message = t.empty.default, children }: { message?: string; children?: ReactNode }) {
  return (
    <div className="empty-state" role="note">
      <p>{message}</p>
      {children}
    </div>
  );
}
