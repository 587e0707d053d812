import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { z } from 'zod';
import {
  addPasskey,
  listPasskeys,
  registrationOptions,
  relyingPartyOf,
  removePasskey,
  signInOptions,
  signInWithPasskey,
} from '../../app/accounts/passkeys.js';
import { hashSecret } from '../../app/accounts/secrets.js';
import { signOut } from '../../app/accounts/sessions.js';
import {
  Account,
  NewPasskeyBody,
  NoContent,
  Passkey,
  PasskeyOptions,
  PasskeyParams,
  PasskeySignInBody,
  Passkeys,
} from '../../contract/index.js';
import { HttpProblem, unwrap } from '../problem.js';
import { type Api, answers, deleted } from '../routes/api.js';
import { type AuthDeps, callerOf } from './auth-routes.js';
import { sessionSecret, setSessionCookie } from './session-cookie.js';

/** The library's options, as the JSON the schema describes (any fields past the challenge). */
const options = (o: { readonly challenge: string }) => o as z.infer<typeof PasskeyOptions>;

/** Passkeys (shared mode): add, list and remove one's own; sign in with any. */
export function passkeyRoutes(app: Api, deps: Omit<AuthDeps, 'smtp'>): void {
  // The relying party follows the public address, read at each request (known once listening).
  const rp = () => relyingPartyOf(deps.appUrl());

  app.post(
    '/api/auth/passkeys/options',
    {
      schema: {
        summary: 'the options for navigator.credentials.create(): a challenge for a new passkey',
        response: answers({ 200: PasskeyOptions }),
      },
    },
    async (req) => options(await registrationOptions(deps.store, rp(), callerOf(req).callerId)),
  );

  app.post(
    '/api/auth/passkeys',
    {
      schema: {
        summary: "keep a new passkey: the browser's answer to the options' challenge, named",
        body: NewPasskeyBody,
        response: answers({ 201: Passkey }),
      },
    },
    async (req, reply) => {
      const added = unwrap(
        await addPasskey(deps.store, rp(), callerOf(req).callerId, {
          name: req.body.name,
          // The schema checked the shape; the library checks the rest.
          response: req.body.response as RegistrationResponseJSON,
        }),
      );
      return reply.code(201).send(added);
    },
  );

  app.get(
    '/api/auth/passkeys',
    { schema: { summary: 'your passkeys', response: answers({ 200: Passkeys }) } },
    async (req) => ({ passkeys: await listPasskeys(deps.store, callerOf(req).callerId) }),
  );

  app.delete(
    '/api/auth/passkeys/:id',
    {
      schema: {
        summary: 'remove a passkey: it signs no one in any more',
        params: PasskeyParams,
        response: answers({ 204: NoContent }),
      },
    },
    async (req, reply) => {
      const result = await removePasskey(deps.store, callerOf(req).callerId, req.params.id);
      if (!result.ok) throw new HttpProblem(404, result.message, 'id');
      return deleted(reply, result.value);
    },
  );

  app.post(
    '/api/auth/passkey/options',
    {
      config: { open: true },
      schema: {
        summary: 'the options for navigator.credentials.get(): a challenge to sign in with',
        security: [],
        response: answers({ 200: PasskeyOptions }),
      },
    },
    async () => options(await signInOptions(deps.store, rp())),
  );

  app.post(
    '/api/auth/passkey/sign-in',
    {
      config: { open: true },
      schema: {
        summary: 'sign in with a passkey: a new session cookie (any old one is ended)',
        security: [],
        body: PasskeySignInBody,
        response: answers({ 200: Account }),
      },
    },
    async (req, reply) => {
      const result = await signInWithPasskey(
        deps.store,
        rp(),
        { response: req.body.response as AuthenticationResponseJSON, client: req.ip },
        req.headers['user-agent'] ?? null,
      );
      if (!result.ok) {
        if (result.reason === 'too-many') {
          reply.header('retry-after', '900');
          throw new HttpProblem(429, 'too many attempts; wait 15 minutes');
        }
        throw new HttpProblem(401, 'this passkey does not sign in to an account here');
      }
      // As with a password: the session a browser had before signing in is ended.
      const before = sessionSecret(req, deps.cookies);
      if (before !== undefined) await signOut(deps.store, hashSecret(before));
      setSessionCookie(reply, deps.cookies, result.value.secret);
      return result.value.account;
    },
  );
}
