// "有新版本": shown when a new service worker has installed and waits. Plain DOM, loaded only when
// an update exists: a React root here would make the bundler split React's JSX runtime out of the
// entry chunk into a shared one (one more request for every first view). Text via textContent only.
import { t } from '../../kernel/i18n/strings';
import './update-prompt.css';

let host: HTMLElement | null = null;

function button(label: string, className: string, onClick: (b: HTMLButtonElement) => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  b.addEventListener('click', () => onClick(b));
  return b;
}

export function showUpdatePrompt(reload: () => void): void {
  if (host) return;
  const box = document.createElement('div');
  box.className = 'update-host update-prompt';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.dataset.testid = 'update-prompt';
  const title = document.createElement('strong');
  title.textContent = t.resilience.updateReady;
  const text = document.createElement('span');
  text.textContent = t.resilience.updateText;
  const actions = document.createElement('span');
  actions.className = 'update-actions';
  actions.append(
    button(t.resilience.reload, 'update-reload', (b) => {
      b.disabled = true;
      reload();
    }),
    button(t.resilience.dismiss, 'update-later', () => {
      box.remove();
      host = null;
    }),
  );
  box.append(title, text, actions);
  document.body.append(box);
  host = box;
}
