// Start the app after the next paint: requestAnimationFrame runs just before a frame, the timeout
// queued there just after it. A tab opened in the background produces no frames: the fallback
// timeout starts the app anyway. If the app's code cannot load (offline before the service worker
// has it, or an open tab after a redeploy asks for chunks that are gone), a stale tab reloads once
// by itself (the same guard as the views' error boundary); otherwise the page says what failed and
// offers 重新加载, instead of 正在加载… forever.
import { claimAutoReload, isChunkLoadError, sessionStorageOrNull } from '../kernel/resilience/chunk-error';

export const BOOT_FALLBACK_MS = 200;

export interface BootEnv {
  requestAnimationFrame: (cb: () => void) => unknown;
  setTimeout: (cb: () => void, ms: number) => unknown;
  document: Pick<Document, 'getElementById' | 'createElement'>;
  reload: () => void;
  online: boolean;
}

const browserEnv = (): BootEnv => ({
  requestAnimationFrame: (cb) => requestAnimationFrame(cb),
  setTimeout: (cb, ms) => setTimeout(cb, ms),
  document,
  reload: () => location.reload(),
  online: navigator.onLine,
});

export function bootAfterPaint(load: () => Promise<unknown>, env: BootEnv = browserEnv(), storage = sessionStorageOrNull()): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      load().then(
        () => resolve(),
        (error: unknown) => {
          if (isChunkLoadError(error) && claimAutoReload(storage, env.online, Date.now())) env.reload();
          else showBootFailure(env, error);
          resolve();
        },
      );
    };
    env.requestAnimationFrame(() => env.setTimeout(start, 0));
    env.setTimeout(start, BOOT_FALLBACK_MS);
  });
}

/** Replace index.html's 正在加载… with what failed and a reload button (plain DOM: React did not load). */
function showBootFailure(env: BootEnv, error: unknown) {
  const root = env.document.getElementById('root');
  const slot = root?.querySelector('.loading');
  if (!slot) return;
  const message = error instanceof Error ? error.message : String(error);
  slot.textContent = '';
  slot.setAttribute('role', 'alert');
  slot.append(`应用代码未能加载（${message}）。请检查网络后重新加载。`);
  const button = env.document.createElement('button');
  button.type = 'button';
  button.textContent = '重新加载';
  button.addEventListener('click', () => env.reload());
  slot.append(' ', button);
}
