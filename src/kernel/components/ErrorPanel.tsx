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

/** A failed load names the file and the reason and offers a retry — never a blank page. */
export default function ErrorPanel({ error, retry }: Props) {
  const online = useOnline();
  const offlineMiss = isOfflineMiss(error, online);
  // A file that failed only for want of a network is asked for again as soon as there is one.
  const missed = useRef(false);
  useEffect(() => {
    if (offlineMiss) missed.current = true;
    else if (online && missed.current) {
      missed.current = false;
      retry?.();
    }
  }, [offlineMiss, online, retry]);
  const file = 'file' in error ? (error as DataLoadError).file : null;
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
