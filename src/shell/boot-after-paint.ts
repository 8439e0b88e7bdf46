// Start the app after the next paint (kernel/lib/after-paint.ts; a tab opened in the background
// produces no frames, and its fallback timeout starts the app anyway). If the app's code cannot
// load (offline before the service worker has it, or an open tab after a redeploy asks for chunks
// that are gone), a stale tab reloads once by itself (the same guard as the views' error boundary); otherwise the page says what failed and
// offers 重新加载, instead of 正在加载… forever.
import { afterNextPaint } from '../kernel/lib/after-paint';
import { claimAutoReload, isChunkLoadError, sessionStorageOrNull, type GuardStorage } from '../kernel/resilience/chunk-error';

export const BOOT_FALLBACK_MS = 200;

export interface BootEnv {
  document: Pick<Document, 'getElementById' | 'createElement'>;
  reload: () => void;
  online: boolean;
}

const browserEnv = (): BootEnv => ({
  document,
  reload: () => location.reload(),
  // Read when the boot fails, not when it starts.
  get online() {
    return navigator.onLine;
  },
});

// Storage is read only when the boot fails: the first touch of sessionStorage is a synchronous
// round trip to the browser process (most of the entry's 200 ms task under a 4× CPU slowdown).
export function bootAfterPaint(load: () => Promise<unknown>, env: BootEnv = browserEnv(), storage: () => GuardStorage | null = sessionStorageOrNull): Promise<void> {
  return new Promise((resolve) => {
    afterNextPaint(() => {
      load().then(
        () => resolve(),
        (error: unknown) => {
          if (isChunkLoadError(error) && claimAutoReload(storage(), env.online, Date.now())) env.reload();
          else showBootFailure(env, error);
          resolve();
        },
      );
    }, BOOT_FALLBACK_MS);
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
