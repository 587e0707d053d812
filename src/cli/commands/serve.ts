import { type RunningServer, startServer } from '../../server/main.js';
import type { Run } from '../run-command.js';

export interface ServeFlags {
  readonly host?: string;
  readonly port?: string;
  readonly publicUrl?: string;
  readonly accounts?: boolean;
  readonly signUp?: string;
}

function stopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `serve`: the web app and its API, until Ctrl+C or SIGTERM. */
export async function serve(run: Run, flags: ServeFlags): Promise<number> {
  const server: RunningServer = await startServer({ ...run.options, ...flags }, run.env);
  run.io.stdout(
    run.options.json
      ? JSON.stringify({ url: server.url }, null, 2)
      : `JustEnough is running at ${server.url}`,
  );
  await stopped();
  await server.close();
  return 0;
}
