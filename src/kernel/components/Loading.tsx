import { t } from '../i18n/strings';

/** A quiet placeholder while a data file loads; aria-busy lets screen readers know. */
export default function Loading({ label = t.common.loading }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-busy="true">
      {label}
    </div>
  );
}
