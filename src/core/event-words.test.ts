import { describe, expect, it } from 'vitest';
import { EVENT_WORDS, eventInWords, isVoicemailThankYou, voicemailNote } from './event-words.js';
import { EVENT_TYPES } from './names.js';

describe('event words', () => {
  it('a thank-you call left as a voicemail is said as such, never "done"', () => {
    expect(eventInWords('thank-you-call', 'Left a voicemail')).toBe('Thank-you call (voicemail)');
    expect(eventInWords('thank-you-call', voicemailNote('Said thanks'))).toBe(
      'Thank-you call (voicemail)',
    );
    expect(eventInWords('thank-you-call', null)).toBe('Thank-you call done');
    expect(eventInWords('thank-you-call', 'Talked for ten minutes')).toBe('Thank-you call done');
  });

  it('only a thank-you call is a voicemail thank-you', () => {
    expect(isVoicemailThankYou('voicemail', 'Left a voicemail')).toBe(false);
    expect(isVoicemailThankYou('thank-you-note', 'Left a voicemail')).toBe(false);
    expect(isVoicemailThankYou('thank-you-call', '  left a VOICEMAIL, twice')).toBe(true);
  });

  it('every event type has words of its own, and an unknown type is shown as it is', () => {
    for (const type of EVENT_TYPES) {
      expect(eventInWords(type)).toBe(EVENT_WORDS[type]);
      expect(EVENT_WORDS[type]).not.toBe(type);
    }
    expect(eventInWords('telegram')).toBe('telegram');
    expect(eventInWords('toString')).toBe('toString');
  });
});
