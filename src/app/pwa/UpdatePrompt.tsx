// "有新版本": shown when a new service worker has installed and waits. Its own small React root
// beside the app's, so the shell does not carry it; loaded only when an update exists.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { t } from '../i18n/strings';
import '../resilience/resilience.css';

function UpdatePrompt({ reload, dismiss }: { reload: () => void; dismiss: () => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <div className="update-prompt" role="status" aria-live="polite" data-testid="update-prompt">
      <strong>{t.resilience.updateReady}</strong>
      <span>{t.resilience.updateText}</span>
      <span className="update-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            reload();
          }}
        >
          {t.resilience.reload}
        </button>
        <button type="button" className="update-later" onClick={dismiss}>
          {t.resilience.dismiss}
        </button>
      </span>
    </div>
  );
}

let host: HTMLElement | null = null;

export function showUpdatePrompt(reload: () => void): void {
  if (host) return;
  const el = document.createElement('div');
  el.className = 'update-host';
  document.body.append(el);
  host = el;
  const root = createRoot(el);
  const dismiss = () => {
    root.unmount();
    el.remove();
    host = null;
  };
  root.render(<UpdatePrompt reload={reload} dismiss={dismiss} />);
}
