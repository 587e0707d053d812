import type { Source } from './words.js';

// Words a tracker's "Source" column uses, most telling first.
const CLUES: readonly (readonly [Source, RegExp])[] = [
  ['referral', /refer|referred|employee|insider/],
  ['recruiter', /recruit|agency|headhunt|staffing|talent partner/],
  ['networking', /network|friend|meetup|event|conference|coffee|alumni|contact|colleague/],
  [
    'posting',
    /post|board|listing|advert|\bads?\b|indeed|glassdoor|monster|ziprecruiter|linkedin|careers?|website|site|job ?page|applied online|wellfound|angel/,
  ],
  ['other', /other|misc|unknown/],
];

// A referral column's cell that says there was none.
const NO = /^(no|n|none|false|0|-|n\/a|na)$/i;

/**
 * Where an imported application came from: a referral column naming someone says
 * `referral`; else the words of a "source" column; null when neither tells.
 * @example guessSource('Indeed', undefined) // 'posting'
 * @example guessSource(undefined, 'Jane Doe') // 'referral'
 */
export function guessSource(
  source: string | undefined,
  referral: string | undefined,
): Source | null {
  const referred = referral?.trim();
  if (referred && !NO.test(referred)) return 'referral';
  const text = source?.trim().toLowerCase();
  if (!text) return null;
  for (const [found, clue] of CLUES) if (clue.test(text)) return found;
  return 'other';
}
