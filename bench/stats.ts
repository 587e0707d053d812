/** The q-th quantile (0..1) of some timings, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Times `work` `runs` times after `warmup` untimed runs; milliseconds. */
export async function timeRuns(
  runs: number,
  warmup: number,
  work: (i: number) => Promise<unknown> | unknown,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  return times;
}

export interface Line {
  readonly name: string;
  readonly median: number;
  readonly p95: number;
  readonly target?: number;
  readonly unit?: string;
}

/** One line of the report, with the target and whether it is met. */
export function report(line: Line): string {
  const unit = line.unit ?? 'ms';
  const verdict =
    line.target === undefined
      ? ''
      : line.median <= line.target
        ? `  target < ${line.target} ${unit}: met`
        : `  target < ${line.target} ${unit}: MISSED`;
  return `${line.name.padEnd(44)} median ${line.median.toFixed(1).padStart(7)} ${unit}   p95 ${line.p95.toFixed(1).padStart(7)} ${unit}${verdict}`;
}
