// Passkeys (shared mode): the server's options go to the browser's authenticator through
// @simplewebauthn/browser, and its answer back to the server, which checks it.
import {
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from '@simplewebauthn/browser';
import type { PasskeyView } from '../../src/contract/index.js';
import { ApiError } from './api.js';

export type { PasskeyView } from '../../src/contract/index.js';

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, headers };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(`/api${path}`, init);
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const text = (key: string) => (typeof problem[key] === 'string' ? problem[key] : null);
    throw new ApiError(
      response.status,
      text('title') ?? `HTTP ${response.status}`,
      text('detail'),
      text('field'),
      text('reason'),
    );
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Whether this browser can make and use passkeys at all. */
export const passkeysSupported = (): boolean => browserSupportsWebAuthn();

/** The person closed the browser's dialog or let it time out: nothing to report. */
export function cancelled(error: unknown): boolean {
  return (
    (error instanceof WebAuthnError && error.code === 'ERROR_CEREMONY_ABORTED') ||
    (error instanceof Error && error.name === 'NotAllowedError')
  );
}

export const passkeyApi = {
  list: () => send<{ passkeys: PasskeyView[] }>('GET', '/auth/passkeys'),
  remove: (id: string) => send<void>('DELETE', `/auth/passkeys/${encodeURIComponent(id)}`),
  /** Makes a passkey on this device (the browser asks the person) and keeps it under a name. */
  async add(name: string): Promise<PasskeyView> {
    const optionsJSON = await send<PublicKeyCredentialCreationOptionsJSON>(
      'POST',
      '/auth/passkeys/options',
    );
    const response = await startRegistration({ optionsJSON });
    return send<PasskeyView>('POST', '/auth/passkeys', { name, response });
  },
  /** Signs in with any passkey of this site that the browser holds: a new session cookie. */
  async signIn(): Promise<{ id: string; email: string; name: string; role: string }> {
    const optionsJSON = await send<PublicKeyCredentialRequestOptionsJSON>(
      'POST',
      '/auth/passkey/options',
    );
    const response = await startAuthentication({ optionsJSON });
    return send<{ id: string; email: string; name: string; role: string }>(
      'POST',
      '/auth/passkey/sign-in',
      { response },
    );
  },
};
