import { fastifyCookie } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_DAYS } from '../../app/accounts/sessions.js';

/** How the session cookie is sent: Secure (and `__Host-`) when the public address is https. */
export interface CookiePolicy {
  readonly secure: boolean;
}

export const cookieName = (policy: CookiePolicy): string =>
  policy.secure ? '__Host-je_session' : 'je_session';

/** HttpOnly: scripts never see it; SameSite=Lax: other sites' forms do not carry it. */
export function setSessionCookie(reply: FastifyReply, policy: CookiePolicy, secret: string): void {
  reply.setCookie(cookieName(policy), secret, {
    httpOnly: true,
    sameSite: 'lax',
    secure: policy.secure,
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply, policy: CookiePolicy): void {
  reply.clearCookie(cookieName(policy), {
    httpOnly: true,
    sameSite: 'lax',
    secure: policy.secure,
    path: '/',
  });
}

/** The session cookie's value; read from the header itself, whichever hook runs first. */
export const sessionSecret = (request: FastifyRequest, policy: CookiePolicy): string | undefined =>
  request.headers.cookie === undefined
    ? undefined
    : fastifyCookie.parse(request.headers.cookie)[cookieName(policy)];

/** The token of `Authorization: Bearer <token>`, if the request has one. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
