import cliProgress from 'cli-progress';
import type { ImportProgress } from '../app/import/import.js';
import type { Io } from './io.js';

/** Rows below which an import is too quick for a bar to help. */
const WORTH_A_BAR = 1000;

/**
 * A progress bar on stderr for a long import, drawn only on a terminal: a pipe
 * or a script gets nothing, and stdout keeps only the result.
 */
export function importProgressBar(io: Io): {
  readonly onProgress: (progress: ImportProgress) => void;
  readonly stop: () => void;
} {
  let bar: cliProgress.SingleBar | undefined;
  return {
    onProgress: ({ done, total }) => {
      if (!io.progressStream || total < WORTH_A_BAR) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: io.progressStream,
            format: 'Importing [{bar}] {percentage}% | {value}/{total} rows',
            hideCursor: true,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      } else bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}
