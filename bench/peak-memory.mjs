// Preloaded into a command the benchmark runs (`node --import ./bench/peak-memory.mjs ...`):
// on exit, writes the process's peak resident memory in MB on stderr's last line.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\npeak-rss-mb ${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`);
});
