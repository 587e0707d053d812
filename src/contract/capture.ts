import * as z from 'zod';
import { Opportunity } from './answers.js';
import { isoDate, nullableText, open, text } from './shapes.js';

// Capturing a posting (shared/spec/capture.md): the page as the browser has it, or its address.

export const CaptureBody = z
  .strictObject({
    html: text
      .optional()
      .describe('the page as the browser has it (at most 5 MB), so pages behind a sign-in work'),
    url: text
      .optional()
      .describe(
        'where the page is: fetched when html is absent, else the last resort for its address',
      ),
    applied: z
      .boolean()
      .optional()
      .describe('also log applied, so follow-up #1 is due in 3 business days'),
    on: isoDate.optional().describe('with applied: the day you applied; default today'),
  })
  .refine((body) => body.html !== undefined || body.url !== undefined, {
    message: 'send the page (html) or its address (url)',
    path: ['html'],
  });

export const CaptureQuery = z.strictObject({
  dryRun: z
    .enum(['1', 'true', '0', 'false'])
    .optional()
    .describe('1: say what the page holds and whether it is captured already; write nothing'),
});

/** What a posting page says, cleaned to one-line text. */
const postingFields = {
  title: z.string(),
  company: z.string(),
  postingUrl: nullableText,
  location: nullableText.describe('"Chicago, IL, US"; "Remote (GB)"; places joined with " · "'),
  postedOn: nullableText.describe('YYYY-MM-DD'),
};

/** A capture: the opportunity made (201) or the same job found (200), as `show` has it. */
export const Captured = Opportunity.extend({
  location: nullableText,
  postedOn: nullableText,
  existing: z.boolean().describe('true: the same job was there already; nothing was written'),
});

/** A dry run: what was found, and the id of the same job if it is there already. */
export const CaptureFound = open({
  ...postingFields,
  existing: nullableText.describe('the id of the same job, captured or typed before'),
});

export type CaptureInput = z.infer<typeof CaptureBody>;
export type CapturedView = z.infer<typeof Captured>;
export type CaptureFoundView = z.infer<typeof CaptureFound>;
