/**
 * What the status column of a tracker says about an application, in the
 * method's terms. Only these become events; any other status is kept as a note.
 *
 * | status words (any case)                                   | becomes                      |
 * | applied, submitted, sent, pending, in review, waiting ... | nothing more than `applied`  |
 * | interview, phone screen, onsite, final round ...          | `interview` on its status date |
 * | offer, accepted, hired                                    | `offer`                      |
 * | rejected, declined, not selected, unsuccessful, closed ... | `rejected`                   |
 * | withdrawn, withdrew, cancelled, not interested            | `withdrawn`                  |
 */
export type StatusKind = 'applied' | 'interview' | 'offer' | 'rejected' | 'withdrawn';

const EXACT: Readonly<Record<string, StatusKind>> = Object.fromEntries(
  (
    [
      [
        'applied',
        [
          'applied',
          'application sent',
          'submitted',
          'sent',
          'pending',
          'in review',
          'under review',
          'in progress',
          'waiting',
          'awaiting response',
          'no response',
          'no reply',
          'open',
          'active',
          'new',
        ],
      ],
      [
        'interview',
        [
          'interview',
          'interviewing',
          'interviewed',
          'phone screen',
          'screening',
          'phone interview',
          'onsite',
          'on-site',
          'on site',
          'final round',
          'technical interview',
          'first interview',
          'second interview',
        ],
      ],
      ['offer', ['offer', 'offered', 'offer received', 'accepted', 'offer accepted', 'hired']],
      [
        'rejected',
        [
          'rejected',
          'rejection',
          'declined',
          'not selected',
          'no',
          'turned down',
          'unsuccessful',
          'closed',
          'position filled',
          'no longer considered',
        ],
      ],
      [
        'withdrawn',
        [
          'withdrawn',
          'withdrew',
          'withdraw',
          'cancelled',
          'canceled',
          'not interested',
          'declined offer',
          'i declined',
        ],
      ],
    ] as const
  ).flatMap(([kind, words]) => words.map((w) => [w, kind])),
);

// Longer statuses ("2nd interview scheduled", "Rejected after screen"), the most telling words first.
const CONTAINS: readonly (readonly [RegExp, StatusKind])[] = [
  [/withdr|not interested|declined (the )?offer/, 'withdrawn'],
  [/reject|not selected|unsuccessful|turned down/, 'rejected'],
  [/offer|hired/, 'offer'],
  [/interview|screen|onsite|on-site/, 'interview'],
];

/**
 * The kind of a status, or undefined when it is not one JustEnough knows.
 * @example statusKind('Phone screen') // 'interview'
 */
export function statusKind(text: string): StatusKind | undefined {
  const normal = text
    .trim()
    .toLowerCase()
    .replace(/^[\d\s.)-]+/, '')
    .replace(/\s+/g, ' ');
  const exact = EXACT[normal];
  if (exact) return exact;
  return CONTAINS.find(([pattern]) => pattern.test(normal))?.[1];
}

/** The events a status stands for, in words, for the previews. */
export const STATUS_EVENTS: Readonly<Record<StatusKind, string>> = {
  applied: 'no event beyond applied',
  interview: 'an interview on its status date',
  offer: 'an offer',
  rejected: 'a rejection',
  withdrawn: 'withdrawn',
};
