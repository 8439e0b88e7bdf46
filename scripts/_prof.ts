import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
const root = '/work/main';
const out = mkdtempSync(join(tmpdir(), 'prof-'));
await build({ root, configFile: false, logLevel: 'warn', define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir: out, emptyOutDir: true, minify: false, lib: { entry: resolve(root, 'src/views/heatmap/bench/switchProbe.ts'), formats: ['iife'], name: 'b', fileName: () => 'bench.js' } } });
const js = readFileSync(join(out, 'bench.js'), 'utf8');
writeFileSync(join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="chart" style="width:1366px;height:640px"></div>');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const profiles: Record<string, any> = {};
cdp.on('Profiler.consoleProfileFinished', (e: any) => { profiles[e.title] = e.profile; });
await page.goto(`file://${join(out, 'index.html')}#mode=prof`);
await page.addScriptTag({ content: js });
await page.waitForFunction(() => (window as any).__bench, null, { timeout: 60000 });
console.log(await page.evaluate(() => (window as any).__bench));
for (const name of ['s1', 's2']) {
  const p = profiles[name];
  if (!p) { console.log('no profile', name); continue; }
  const self = new Map<string, number>();
  const byId = new Map(p.nodes.map((n: any) => [n.id, n]));
  const dt: number[] = p.timeDeltas;
  p.samples.forEach((id: number, i: number) => {
    const n: any = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`== ${name} total sampled ${total.toFixed(1)} ms`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${v.toFixed(1).padStart(7)}  ${k}`);
}
await browser.close();
