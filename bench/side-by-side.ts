import type { AccountsResult } from './accounts.js';

interface Row {
  readonly name: string;
  readonly value: (r: AccountsResult) => number;
  readonly unit: 's' | 'ms' | '';
  /** Met when the value is below it. */
  readonly target?: number;
}

/** The measures of the shared-deployment scenario, with their targets. */
export const ROWS: readonly Row[] = [
  { name: 'load (multi-row inserts)', value: (r) => r.loadSeconds, unit: 's' },
  { name: 'rebuild every cache', value: (r) => r.rebuildSeconds, unit: 's', target: 60 },
  { name: 'check every cache', value: (r) => r.checkSeconds, unit: 's' },
  {
    name: 'caches that disagree after the rebuild',
    value: (r) => r.disagreements,
    unit: '',
    target: 1,
  },
  { name: 'today, one account: median', value: (r) => r.today.median, unit: 'ms', target: 10 },
  { name: 'today, one account: p99', value: (r) => r.today.p99, unit: 'ms', target: 30 },
  { name: 'log an event: median', value: (r) => r.log.median, unit: 'ms' },
  { name: 'log an event: p99', value: (r) => r.log.p99, unit: 'ms' },
];

const cell = (value: number | undefined, unit: string) =>
  value === undefined
    ? 'not run'.padStart(14)
    : `${value.toFixed(unit === '' ? 0 : 1)} ${unit}`.padStart(14);

/** SQLite and PostgreSQL side by side, each target marked met or MISSED; `missed` lists what missed. */
export function sideBySide(
  sqlite: AccountsResult,
  postgres: AccountsResult | undefined,
): { lines: string[]; missed: string[] } {
  const missed: string[] = [];
  const lines = [`${''.padEnd(40)}${'SQLite'.padStart(14)}${'PostgreSQL'.padStart(14)}   target`];
  for (const row of ROWS) {
    const values: [string, number | undefined][] = [
      ['SQLite', row.value(sqlite)],
      ['PostgreSQL', postgres && row.value(postgres)],
    ];
    let verdict = '';
    const target = row.target;
    if (target !== undefined) {
      const misses = values.filter(([, v]) => v !== undefined && v >= target);
      for (const [db] of misses) missed.push(`${row.name} (${db})`);
      const bound = row.unit === '' ? `< ${target}` : `< ${target} ${row.unit}`;
      verdict = `   ${bound}: ${misses.length === 0 ? 'met' : `MISSED (${misses.map(([d]) => d).join(', ')})`}`;
    }
    lines.push(
      `${row.name.padEnd(40)}${values.map(([, v]) => cell(v, row.unit)).join('')}${verdict}`,
    );
  }
  return { lines, missed };
}
