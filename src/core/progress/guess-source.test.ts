import { describe, expect, it } from 'vitest';
import { guessSource } from './guess-source.js';

describe('The source of an imported application', () => {
  it('a referral column naming someone is a referral, whatever the source column says', () => {
    expect(guessSource('Indeed', 'Jane Doe')).toBe('referral');
    expect(guessSource(undefined, 'yes')).toBe('referral');
  });

  it('a referral column that says no tells nothing', () => {
    for (const no of ['No', 'none', 'FALSE', '-', 'n/a', ' ']) {
      expect(guessSource(undefined, no)).toBeNull();
    }
    expect(guessSource('LinkedIn Jobs', 'no')).toBe('posting');
  });

  it('reads the words of a source column', () => {
    expect(guessSource('Employee referral', undefined)).toBe('referral');
    expect(guessSource('Recruiter (Hays)', undefined)).toBe('recruiter');
    expect(guessSource('Staffing agency', undefined)).toBe('recruiter');
    expect(guessSource('Met at a meetup', undefined)).toBe('networking');
    expect(guessSource('Company careers page', undefined)).toBe('posting');
    expect(guessSource('indeed.com', undefined)).toBe('posting');
    expect(guessSource('Job board', undefined)).toBe('posting');
    expect(guessSource('Newspaper', undefined)).toBe('other');
  });

  it('an empty or absent source is unknown', () => {
    expect(guessSource('', undefined)).toBeNull();
    expect(guessSource(undefined, undefined)).toBeNull();
  });
});
