// The morning e-mail's form values: made from the saved settings, and what changed, as the API takes it.
import type { DigestSettingsInput, DigestSettingsView } from '../api.js';

export interface DigestValues {
  enabled: boolean;
  sendAt: string;
  recipient: string;
  smtp: {
    host: string;
    port: string;
    secure: string;
    user: string;
    password: string;
    sender: string;
  };
}

export function valuesOf(view: DigestSettingsView): DigestValues {
  return {
    enabled: view.enabled,
    sendAt: view.sendAt,
    recipient: view.recipient ?? '',
    smtp: {
      host: view.smtp.host ?? '',
      port: view.smtp.host ? String(view.smtp.port ?? '') : '',
      secure: view.smtp.secure ? 'tls' : 'starttls',
      user: view.smtp.user ?? '',
      password: '',
      sender: view.smtp.sender ?? '',
    },
  };
}

/** What changed since the view, as the API takes it: an emptied field as null. */
export function changes(v: DigestValues, was: DigestValues): DigestSettingsInput {
  const text = (now: string, before: string) =>
    now.trim() !== before ? { value: now.trim() || null } : null;
  const smtp: Record<string, string | boolean | null> = {};
  for (const key of ['host', 'port', 'user', 'sender'] as const) {
    const changed = text(v.smtp[key], was.smtp[key]);
    if (changed) smtp[key] = changed.value;
  }
  if (v.smtp.secure !== was.smtp.secure) smtp.secure = v.smtp.secure === 'tls';
  if (v.smtp.password) smtp.password = v.smtp.password;
  const recipient = text(v.recipient, was.recipient);
  return {
    ...(v.enabled !== was.enabled ? { enabled: v.enabled } : {}),
    ...(v.sendAt !== was.sendAt ? { sendAt: v.sendAt } : {}),
    ...(recipient ? { recipient: recipient.value } : {}),
    ...(Object.keys(smtp).length ? { smtp: smtp as DigestSettingsInput['smtp'] } : {}),
  };
}

/** What a test e-mail is sent with: the server and the address on the form, saved or not. */
export function testWith(c: DigestSettingsInput): DigestSettingsInput {
  return {
    ...(c.recipient !== undefined ? { recipient: c.recipient } : {}),
    ...(c.smtp ? { smtp: c.smtp } : {}),
  };
}
