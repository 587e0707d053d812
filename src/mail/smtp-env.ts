// The SMTP server of the environment: JUSTENOUGH_SMTP_URL, or one variable per part.
import type { SmtpSettings } from '../app/digest/settings.js';
import { UsageError } from '../wiring/usage-error.js';

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off', '']);

function port(name: string, text: string): number {
  const value = /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(value >= 1 && value <= 65535)) {
    throw new UsageError(
      `$${name}: ${JSON.stringify(text)} is not a port; use a whole number from 1 to 65535 (587 for STARTTLS, 465 for TLS)`,
    );
  }
  return value;
}

function yesOrNo(name: string, text: string | undefined, meaning: string): boolean {
  const value = (text ?? '').trim().toLowerCase();
  if (!TRUE.has(value) && !FALSE.has(value)) {
    throw new UsageError(
      `$${name}: ${JSON.stringify(text)} is not a yes or no; use true (${meaning}) or false`,
    );
  }
  return TRUE.has(value);
}

function fromUrl(text: string, sender: string | null, allowUnencrypted: boolean): SmtpSettings {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    url = new URL('invalid:');
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
    throw new UsageError(
      '$JUSTENOUGH_SMTP_URL: not an SMTP address; expected smtp://user:password@host:587 or smtps://user:password@host:465',
    );
  }
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? port('JUSTENOUGH_SMTP_URL', url.port) : secure ? 465 : 587,
    secure,
    allowUnencrypted,
    user: url.username ? decodeURIComponent(url.username) : null,
    password: url.password ? decodeURIComponent(url.password) : null,
    sender,
  };
}

/**
 * The SMTP server given by the environment, or null: JUSTENOUGH_SMTP_URL
 * (smtp://user:password@host:587, smtps:// for TLS on 465), or
 * JUSTENOUGH_SMTP_HOST with _PORT, _USER, _PASSWORD, _SECURE; and
 * JUSTENOUGH_SMTP_FROM for the sender; JUSTENOUGH_SMTP_ALLOW_UNENCRYPTED=true
 * lets mail go out without TLS to a server that offers no STARTTLS. A bad
 * value stops the start in one line.
 */
export function smtpFromEnvironment(env: NodeJS.ProcessEnv): SmtpSettings | null {
  const sender = env.JUSTENOUGH_SMTP_FROM?.trim() || null;
  const allowUnencrypted = yesOrNo(
    'JUSTENOUGH_SMTP_ALLOW_UNENCRYPTED',
    env.JUSTENOUGH_SMTP_ALLOW_UNENCRYPTED,
    'mail may go out without TLS',
  );
  if (env.JUSTENOUGH_SMTP_URL?.trim())
    return fromUrl(env.JUSTENOUGH_SMTP_URL.trim(), sender, allowUnencrypted);
  const host = env.JUSTENOUGH_SMTP_HOST?.trim();
  if (!host) return null;
  const secureText = (env.JUSTENOUGH_SMTP_SECURE ?? '').trim().toLowerCase();
  if (!TRUE.has(secureText) && !FALSE.has(secureText)) {
    throw new UsageError(
      `$JUSTENOUGH_SMTP_SECURE: ${JSON.stringify(env.JUSTENOUGH_SMTP_SECURE)} is not a yes or no; use true (TLS, port 465) or false (STARTTLS)`,
    );
  }
  const secure = TRUE.has(secureText);
  return {
    host,
    port: env.JUSTENOUGH_SMTP_PORT?.trim()
      ? port('JUSTENOUGH_SMTP_PORT', env.JUSTENOUGH_SMTP_PORT)
      : secure
        ? 465
        : 587,
    secure,
    allowUnencrypted,
    user: env.JUSTENOUGH_SMTP_USER?.trim() || null,
    password: env.JUSTENOUGH_SMTP_PASSWORD || null,
    sender,
  };
}
