// Browser project setup: build once (vite build), serve dist with `vite preview` on a free port,
// hand the URL to the tests. The build (into node_modules/.cache/atlas-browser-dist-<pid>) is skipped with
// ATLAS_SKIP_BUILD=1. ATLAS_FIXTURE=1 serves the hand-checked fixture instead of pipeline output.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './sw-helpers';

const root = resolve(import.meta.dirname, '../..');
const viteBin = resolve(root, 'node_modules/vite/bin/vite.js');
// Our own output folder: other engineers build dist/ at the same time on this machine, and a
// rebuild under a running preview server breaks pages mid-test.
const outDir = resolve(root, `node_modules/.cache/atlas-browser-dist-${process.pid}`);

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** 'real': dist/data from the pipeline; 'fixture': tests/fixtures/app/data served by page.route. */
    dataSource: 'real' | 'fixture';
    /** The folder vite preview serves (the offline tests change sw.js there to simulate a new version). */
    outDir: string;
  }
}


async function waitFor(url: string, child: ChildProcess, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms} ms`);
}

export default async function setup(project: TestProject) {
  if (!process.env.ATLAS_SKIP_BUILD) {
    const build = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status})`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, [viteBin, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitFor(baseURL, child);
  const real = existsSync(resolve(outDir, 'data/manifest.json')) && !process.env.ATLAS_FIXTURE;
  project.provide('baseURL', baseURL);
  project.provide('dataSource', real ? 'real' : 'fixture');
  project.provide('outDir', outDir);
  return () => {
    child.kill();
    rmSync(outDir, { recursive: true, force: true });
  };
}
