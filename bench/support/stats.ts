/** Percentiles, number formats and memory figures shared by the benchmarks. */

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentiles (no interpolation): p95 is a sample that was really observed. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
    max: sorted.at(-1) ?? 0,
  };
}

export const ms = (value: number) => `${value.toFixed(2).padStart(7)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const out = (line: string) => process.stdout.write(`${line}\n`);

/** Garbage collection on demand, when node runs with --expose-gc (as the bench:* scripts do). */
const collect = (globalThis as { gc?: () => void }).gc;
export const canCollectGarbage = collect !== undefined;

/** Memory figures of this process, after a full GC when one can be asked for. */
export function liveMemory(): NodeJS.MemoryUsage {
  collect?.();
  return process.memoryUsage();
}

/** Peak resident set size of this process so far. */
export const peakRss = () => process.resourceUsage().maxRSS * 1024;
