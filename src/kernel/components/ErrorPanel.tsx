import { useEffect, useRef } from 'react';
import type { DataLoadError } from '../data/loader';
import { isOfflineMiss, loadErrorReason } from '../data/load-error';
import { t } from '../i18n/strings';
import { useOnline } from '../lib/use-online';
import { goBack } from '../resilience/go-back';
import '../resilience/resilience.css';

interface Props {
  error: DataLoadError | Error;
  retry?: () => void;
}

/** Files (or messages) missed offline → retries made since the network came back. */
const backOnline = new Map<string, number>();
const BACK_ONLINE_RETRIES = 4;

/** A failed load names the file and the reason and offers a retry — never a blank page. */
export default function ErrorPanel({ error, retry }: Props) {
  const online = useOnline();
  const offlineMiss = isOfflineMiss(error, online);
  const file = 'file' in error ? (error as DataLoadError).file : null;
  // A file that failed only for want of a network is asked for again as soon as there is one — and,
  // while that still fails for want of a network (a connection coming back often drops the first
  // requests), again after 1, 2 and 4 s. The count outlives this panel: a retry replaces it with the
  // view's loading state, and a new failure mounts a new panel.
  const retryRef = useRef(retry);
  retryRef.current = retry;
  useEffect(() => {
    const key = file ?? error.message;
    if (offlineMiss) {
      backOnline.set(key, 0);
      return;
    }
    const n = backOnline.get(key);
    if (!online || !retryRef.current || n === undefined) return;
    if (n >= BACK_ONLINE_RETRIES || !(error as Partial<DataLoadError>).network) {
      backOnline.delete(key);
      return;
    }
    backOnline.set(key, n + 1);
    const id = setTimeout(() => retryRef.current?.(), n === 0 ? 0 : 1000 * 2 ** (n - 1));
    return () => clearTimeout(id);
  }, [offlineMiss, online, error, file]);
  const fileRow = file && (
    <>
      <dt>{t.errors.file}</dt>
      <dd>
        <code>{file}</code>
      </dd>
    </>
  );
  // Offline and never cached: say so, and offer what helps — reload once the network is back, or go back.
  if (offlineMiss)
    return (
      <section className="error-panel view-error" role="alert" data-testid="offline-uncached">
        <h2>{t.errors.offlineTitle}</h2>
        <p>{t.errors.offlineText}</p>
        <dl>{fileRow}</dl>
        <p className="view-error-actions">
          <button type="button" onClick={retry ?? (() => window.location.reload())}>
            {t.resilience.reload}
          </button>
          <button type="button" onClick={goBack}>
            {t.resilience.back}
          </button>
        </p>
      </section>
    );
  return (
    <section className="error-panel" role="alert" data-testid="error-panel">
      <h2>{t.errors.title}</h2>
      <dl>
        {fileRow}
        <dt>{t.errors.reason}</dt>
        <dd>{loadErrorReason(error, online)}</dd>
      </dl>
      {retry && (
        <button type="button" onClick={retry}>
          {t.common.retry}
        </button>
      )}
    </section>
  );
}
