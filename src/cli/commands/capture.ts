import { readFile, stat } from 'node:fs/promises';
import { type CapturedView, capturePosting } from '../../app/capture/capture.js';
import { fetchPage } from '../../fetch/fetch-page.js';
import { safe } from '../io.js';
import { renderOpportunity } from '../render.js';
import { finish, type Run, withApp } from '../run-command.js';

export interface CaptureFlags {
  readonly applied?: boolean;
  readonly on?: string;
  readonly dryRun?: boolean;
  readonly allowPrivate?: boolean;
}

const MAX_PAGE_BYTES = 5 * 1024 * 1024;

type Page =
  | { readonly ok: true; readonly html: string; readonly url?: string }
  | { readonly ok: false; readonly message: string };

/** The page of a file or of a web address. */
async function loadPage(source: string, flags: CaptureFlags): Promise<Page> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
    return fetchPage(source, { allowPrivate: flags.allowPrivate ?? false });
  try {
    const info = await stat(source);
    if (!info.isFile()) return { ok: false, message: `${source} is not a file` };
    if (info.size > MAX_PAGE_BYTES)
      return { ok: false, message: `${source} is larger than 5 MB; save only the posting page` };
    return { ok: true, html: await readFile(source, 'utf8') };
  } catch {
    return { ok: false, message: `cannot read ${source}: no such file, or not readable` };
  }
}

function human(run: Run, o: CapturedView, said: string): string {
  const extra = [
    o.location && `Location: ${safe(o.location)}`,
    o.postedOn && `Posted:   ${o.postedOn}`,
  ];
  return [
    run.io.color.green(said),
    '',
    renderOpportunity(run.io, o),
    ...extra.filter(Boolean),
  ].join('\n');
}

/** `capture FILE|URL`: a posting page becomes a job opportunity. */
export async function capture(run: Run, source: string, flags: CaptureFlags): Promise<number> {
  const page = await loadPage(source, flags);
  if (!page.ok) {
    run.io.stderr(`error: ${safe(page.message)}`);
    return 1;
  }
  return withApp(run, async (ctx) => {
    const result = await capturePosting(ctx, {
      html: page.html,
      pageUrl: page.url,
      applied: flags.applied,
      appliedOn: flags.on,
      dryRun: flags.dryRun,
    });
    if (result.ok && flags.dryRun) {
      const { posting, opportunity } = result.value;
      const found = { ...posting, existing: opportunity?.id ?? null };
      return finish(
        run,
        result,
        () =>
          [
            `Found (nothing written): ${safe(posting.title)} at ${safe(posting.company)}`,
            ...(opportunity ? [`Already captured as #${opportunity.id}.`] : []),
          ].join('\n'),
        () => found,
      );
    }
    if (result.ok && result.value.existing && result.value.opportunity)
      run.io.stderr(
        `already captured: #${result.value.opportunity.id} is the same job; nothing written`,
      );
    return finish(
      run,
      result,
      (c) =>
        c.opportunity
          ? human(
              run,
              c.opportunity,
              c.existing
                ? `Already there: #${c.opportunity.id}.`
                : `Captured #${c.opportunity.id}.`,
            )
          : '',
      (c) => c.opportunity,
    );
  });
}
