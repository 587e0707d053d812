import type { EventType } from '../events.js';

import { type Channel, SOURCES, type Source } from '../names.js';

export {
  CHANNELS,
  type Channel,
  SOURCES,
  type Source,
  STEP_OUTCOMES,
  type StepOutcome,
} from '../names.js';

/**
 * Whether `text` names a source.
 * @example isSource('referral') // true
 */
export function isSource(text: string): text is Source {
  return (SOURCES as readonly string[]).includes(text);
}

const CHANNEL: Partial<Record<EventType, Channel>> = {
  voicemail: 'call',
  'no-answer': 'call',
  talked: 'call',
  email: 'email',
  message: 'message',
};

/**
 * The channel of an attempt (`talked` is a call that connected); null for other events.
 * @example channelOf('no-answer') // 'call'
 */
export function channelOf(type: EventType): Channel | null {
  return CHANNEL[type] ?? null;
}

/** Events that answer: the person spoke, wrote, or met you. */
export function isAnswer(type: EventType): boolean {
  return type === 'reply' || type === 'talked' || type === 'meeting' || type === 'interview';
}

/** Events that replace a step without doing it (a step replaced after its `dueBy` is missed). */
export function replacesSteps(type: EventType): boolean {
  return REPLACERS.has(type);
}

const REPLACERS: ReadonlySet<EventType> = new Set<EventType>([
  'reply',
  'meeting',
  'interview',
  'callback',
  'revive',
  'offer',
  'rejected',
  'withdrawn',
  'hold',
]);
