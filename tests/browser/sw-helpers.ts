// Shared by the browser tests that start their own server or wait on the service worker.
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';

/** A port nothing listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
  });
}

/** Resolves once a worker is active: it activates only after precaching everything (install). */
export async function workerActive(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const worker = reg.active!;
    if (worker.state === 'activating') await new Promise((ok) => worker.addEventListener('statechange', ok, { once: true }));
    return worker.state;
  });
}
