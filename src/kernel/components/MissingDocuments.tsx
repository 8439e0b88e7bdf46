import type { FailedDocument } from '../data/hooks';
import type { DataLoadError } from '../data/loader';
import { loadErrorReason } from '../data/load-error';
import { t } from '../i18n/strings';
import { useOnline } from '../lib/use-online';

interface Props {
  failed: readonly FailedDocument[];
  retry: () => void;
}

/**
 * A cross-document view whose documents loaded only in part: names each document it could not
 * load (manifest title, file, reason) above what it could show, and offers a retry.
 */
export default function MissingDocuments({ failed, retry }: Props) {
  const online = useOnline();
  if (failed.length === 0) return null;
  return (
    <section className="error-panel partial-notice" role="alert" data-testid="partial-notice">
      <h2>{t.errors.partialTitle(failed.length)}</h2>
      <ul>
        {failed.map((f) => {
          const file = 'file' in f.error ? (f.error as DataLoadError).file : null;
          const reason = loadErrorReason(f.error, online);
          return (
            <li key={f.id} data-testid="partial-doc" data-doc={f.id}>
              <strong className="document-text">{f.title}</strong>
              {file && (
                <>
                  {' '}
                  <code className="document-text">{file}</code>
                </>
              )}
              ：<span className="document-text">{reason}</span>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={retry} onMouseDown={(e) => e.preventDefault()}>
        {t.common.retry}
      </button>
    </section>
  );
}
