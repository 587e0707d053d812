import * as z from 'zod';
import { list } from './shapes.js';

// Passkeys (WebAuthn) in shared mode: the browser's answers travel as the JSON of
// @simplewebauthn/browser (RegistrationResponseJSON, AuthenticationResponseJSON).

const Base64Url = z
  .string()
  .max(8192)
  .regex(/^[A-Za-z0-9_-]*={0,2}$/, 'base64url');

const Credential = {
  id: Base64Url,
  rawId: Base64Url,
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()),
};

export const PasskeyRegistrationResponse = z.object({
  ...Credential,
  response: z.object({
    clientDataJSON: Base64Url,
    attestationObject: Base64Url,
    authenticatorData: Base64Url.optional(),
    transports: z.array(z.string().max(30)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: Base64Url.optional(),
  }),
});

export const PasskeyAuthenticationResponse = z.object({
  ...Credential,
  response: z.object({
    clientDataJSON: Base64Url,
    authenticatorData: Base64Url,
    signature: Base64Url,
    userHandle: Base64Url.optional(),
  }),
});

/** The options for navigator.credentials.create() / .get(), as JSON: passed to the browser as they are. */
export const PasskeyOptions = z.looseObject({ challenge: z.string() });

export const NewPasskeyBody = z.strictObject({
  name: z.string().max(200).describe('what the person calls it: "Laptop", "Phone"'),
  response: PasskeyRegistrationResponse,
});
export const PasskeySignInBody = z.strictObject({ response: PasskeyAuthenticationResponse });

export const Passkey = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const Passkeys = z.object({ passkeys: list(Passkey) });
export const PasskeyParams = z.object({
  id: z.string().max(1400).describe('a passkey id, from GET /api/auth/passkeys'),
});

export type PasskeyView = z.infer<typeof Passkey>;
