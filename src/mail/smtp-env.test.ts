import { describe, expect, it } from 'vitest';
import { smtpFromEnvironment } from './smtp-env.js';

describe('the SMTP server of the environment', () => {
  it('is none without variables', () => {
    expect(smtpFromEnvironment({})).toBeNull();
  });

  it('reads JUSTENOUGH_SMTP_URL, with the user and password decoded', () => {
    expect(
      smtpFromEnvironment({
        JUSTENOUGH_SMTP_URL: 'smtp://sam%40example.com:p%40ss%3Aword@smtp.example.com:2525',
        JUSTENOUGH_SMTP_FROM: 'Sam <sam@example.com>',
      }),
    ).toEqual({
      host: 'smtp.example.com',
      port: 2525,
      secure: false,
      allowUnencrypted: false,
      user: 'sam@example.com',
      password: 'p@ss:word',
      sender: 'Sam <sam@example.com>',
    });
    expect(smtpFromEnvironment({ JUSTENOUGH_SMTP_URL: 'smtps://mail.example.com' })).toMatchObject({
      port: 465,
      secure: true,
      user: null,
      password: null,
    });
    expect(smtpFromEnvironment({ JUSTENOUGH_SMTP_URL: 'smtp://mail.example.com' })?.port).toBe(587);
  });

  it('allows unencrypted mail only when JUSTENOUGH_SMTP_ALLOW_UNENCRYPTED says so', () => {
    const url = { JUSTENOUGH_SMTP_URL: 'smtp://mail.example.com' };
    expect(smtpFromEnvironment(url)?.allowUnencrypted).toBe(false);
    expect(
      smtpFromEnvironment({ ...url, JUSTENOUGH_SMTP_ALLOW_UNENCRYPTED: 'true' })?.allowUnencrypted,
    ).toBe(true);
    expect(() =>
      smtpFromEnvironment({ ...url, JUSTENOUGH_SMTP_ALLOW_UNENCRYPTED: 'maybe' }),
    ).toThrow('$JUSTENOUGH_SMTP_ALLOW_UNENCRYPTED: "maybe" is not a yes or no');
  });

  it('reads one variable per part', () => {
    expect(
      smtpFromEnvironment({
        JUSTENOUGH_SMTP_HOST: 'mail.example.com',
        JUSTENOUGH_SMTP_USER: 'sam',
        JUSTENOUGH_SMTP_PASSWORD: ' spaced ',
        JUSTENOUGH_SMTP_SECURE: 'true',
      }),
    ).toEqual({
      host: 'mail.example.com',
      port: 465,
      secure: true,
      allowUnencrypted: false,
      user: 'sam',
      password: ' spaced ',
      sender: null,
    });
  });

  it.each([
    [
      { JUSTENOUGH_SMTP_URL: 'http://mail.example.com' },
      /\$JUSTENOUGH_SMTP_URL: not an SMTP address/,
    ],
    [{ JUSTENOUGH_SMTP_URL: 'smtp://mail.example.com:99999' }, /\$JUSTENOUGH_SMTP_URL/],
    [
      { JUSTENOUGH_SMTP_HOST: 'h', JUSTENOUGH_SMTP_PORT: 'x' },
      /\$JUSTENOUGH_SMTP_PORT: "x" is not a port/,
    ],
    [{ JUSTENOUGH_SMTP_HOST: 'h', JUSTENOUGH_SMTP_SECURE: 'maybe' }, /\$JUSTENOUGH_SMTP_SECURE/],
  ])('refuses %j in one line naming the variable', (env, message) => {
    expect(() => smtpFromEnvironment(env)).toThrow(message);
  });
});
