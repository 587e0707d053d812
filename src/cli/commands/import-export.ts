import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { exportAs } from '../../app/export.js';
import { commitImport, MAX_IMPORT_BYTES, previewImport } from '../../app/import/import.js';
import type { ImportPreview } from '../../app/import/preview.js';
import { fail } from '../../app/result.js';
import { safe } from '../io.js';
import { importProgressBar } from '../progress.js';
import { renderImport, writesSomething } from '../render-import.js';
import { failureLine, finish, type Run, withApp } from '../run-command.js';

export interface ImportFlags {
  readonly format?: string;
  readonly map?: string[];
  readonly dateFormat?: string;
  readonly duplicates?: string;
  readonly yes?: boolean;
  readonly dryRun?: boolean;
}

// Said before the file is read: a missing file, a folder, a file too large to import.
async function readImportFile(run: Run, path: string): Promise<Uint8Array | undefined> {
  const refuse = (message: string) => {
    run.io.stderr(`error: ${safe(message)}`);
    return undefined;
  };
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return refuse(`${path} is not a file; give the file to import`);
    size = info.size;
  } catch {
    return refuse(`${path}: no such file; give the path of a .csv, .vcf or .json file`);
  }
  if (size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return refuse(
      `${path} is ${mb(size)}; an import takes at most ${mb(MAX_IMPORT_BYTES)} (a LinkedIn export of 30,000 connections is about 4 MB): split it`,
    );
  }
  return new Uint8Array(await readFile(path));
}

function show(run: Run, preview: ImportPreview): void {
  run.io.stdout(
    run.options.json ? JSON.stringify(preview, null, 2) : renderImport(run.io, preview),
  );
}

/**
 * `import FILE`: shows what the file would bring; writes it with --yes, or
 * after a yes on the terminal. One transaction: all of it, or nothing.
 */
export async function importFile(run: Run, path: string, flags: ImportFlags): Promise<number> {
  const bytes = await readImportFile(run, path);
  if (!bytes) return 1;
  return withApp(run, async (ctx) => {
    const options = {
      fileName: basename(path),
      format: flags.format,
      map: flags.map,
      dateFormat: flags.dateFormat,
      duplicates: flags.duplicates,
    };
    const previewed = await previewImport(ctx, bytes, options);
    if (!previewed.ok) return finish(run, previewed, () => '');
    const preview = previewed.value;
    // Said before any question: a restore into an account with data would only be refused.
    if (preview.restore?.refused) {
      show(run, preview);
      run.io.stderr(failureLine(fail('not-empty', preview.restore.refused, 'file')));
      return 1;
    }
    if (preview.blocked !== null) {
      show(run, preview);
      run.io.stderr(failureLine(fail('invalid-input', preview.blocked, 'map')));
      return 1;
    }
    if (flags.dryRun || !writesSomething(preview)) {
      show(run, preview);
      if (!flags.dryRun && !run.options.json)
        run.io.stderr('Nothing to import: everything in the file is already here or was rejected.');
      return 0;
    }
    if (!flags.yes) {
      if (!run.io.confirm) {
        show(run, preview);
        run.io.stderr(
          'error: nothing was written: run again with --yes to import, or --dry-run to only see the preview',
        );
        return 1;
      }
      if (!run.options.json) run.io.stderr(renderImport(run.io, preview));
      if (!(await run.io.confirm('Import this?'))) {
        run.io.stderr('Nothing was written.');
        return 0;
      }
    }
    const bar = importProgressBar(run.io);
    const written = await commitImport(ctx, bytes, {
      ...options,
      token: preview.token,
      onProgress: bar.onProgress,
    }).finally(bar.stop);
    if (!written.ok) return finish(run, written, () => '');
    show(run, written.value);
    return 0;
  });
}

export interface ExportFlags {
  readonly format?: string;
  readonly output?: string;
}

/** `export`: everything as JSON (or opportunities as CSV, contacts as vCard) on stdout or into a file. */
export function exportFile(run: Run, flags: ExportFlags): Promise<number> {
  return withApp(run, async (ctx) => {
    const result = await exportAs(ctx, flags.format ?? 'json');
    if (!result.ok || flags.output === undefined) {
      return finish(
        run,
        result,
        (file) => file.body.replace(/\n$/, ''),
        (file) =>
          file.format === 'json'
            ? JSON.parse(file.body)
            : { format: file.format, records: file.count, body: file.body },
      );
    }
    const file = result.value;
    try {
      // The job search is private: readable by its owner only (a new file; an old one keeps its mode).
      await writeFile(flags.output, file.body, { mode: 0o600 });
    } catch (error) {
      run.io.stderr(`error: cannot write ${safe(flags.output)}: ${(error as Error).message}`);
      return 1;
    }
    const summary = { file: flags.output, format: file.format, records: file.count };
    run.io.stdout(
      run.options.json
        ? JSON.stringify(summary, null, 2)
        : `Exported ${file.count} records as ${file.format} to ${safe(flags.output)}.`,
    );
    return 0;
  });
}
