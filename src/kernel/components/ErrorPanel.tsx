import type { DataLoadError } from '../data/loader';
import { t } from '../i18n/strings';

interface Props {
  error: DataLoadError | Error;
  retry?: () => void;
}

/** A failed load names the file and the reason and offers a retry — never a blank page. */
export default function ErrorPanel({ error, retry }: Props) {
  const file = 'file' in error ? (error as DataLoadError).file : null;
  const reason = 'reason' in error ? (error as DataLoadError).reason : error.message;
  return (
    <section className="error-panel" role="alert" data-testid="error-panel">
      <h2>{t.errors.title}</h2>
      <dl>
        {file && (
          <>
            <dt>{t.errors.file}</dt>
            <dd>
              <code>{file}</code>
            </dd>
          </>
        )}
        <dt>{t.errors.reason}</dt>
        <dd>{reason}</dd>
      </dl>
      {retry && (
        <button type="button" onClick={retry}>
          {t.common.retry}
        </button>
      )}
    </section>
  );
}
