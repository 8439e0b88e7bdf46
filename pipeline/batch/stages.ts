// How long each stage of a build took, for the build's own log and bench:pipeline: a stage is named
// once, timed around the code that does it, and printed in order (`stages: plan 0.2 s · parse …`).
// Process-level figures (peak RSS) are read at the end, beside the stages.
export interface StageTime {
  name: string;
  ms: number;
  /** What the stage worked on, e.g. "300 documents on 2 workers". */
  note?: string;
  /** The JS heap in use when the stage ended (MB): what the build holds from stage to stage. */
  heapMb?: number;
}

const heapMb = () => Math.round(process.memoryUsage().heapUsed / 2 ** 20);

export class StageClock {
  readonly stages: StageTime[] = [];

  time<T>(name: string, fn: () => T, note?: string): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.stages.push({ name, ms: performance.now() - t0, ...(note ? { note } : {}), heapMb: heapMb() });
    }
  }

  async timeAsync<T>(name: string, fn: () => Promise<T>, note?: string): Promise<T> {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      this.stages.push({ name, ms: performance.now() - t0, ...(note ? { note } : {}), heapMb: heapMb() });
    }
  }

  /** A stage timed by its caller (it spans code that is not one function). */
  add(name: string, started: number, note?: string): void {
    this.stages.push({ name, ms: performance.now() - started, ...(note ? { note } : {}), heapMb: heapMb() });
  }
}

const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

export function formatStages(stages: readonly StageTime[]): string {
  return `stages: ${stages.map((s) => `${s.name} ${seconds(s.ms)}${s.note ? ` (${s.note})` : ''}`).join(' · ')}` +
    (process.env.ATLAS_STAGE_HEAP ? `\nheap after each stage (MB): ${stages.map((s) => `${s.name} ${s.heapMb}`).join(' · ')}` : '');
}

/** "300 × full rebuild asked for, 1 × raw bytes changed": why the parsed documents were parsed. */
export function reasonSummary(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${n} × ${r}`).join(', ');
}
