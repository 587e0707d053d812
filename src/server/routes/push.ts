import type { FastifyRequest } from 'fastify';
import {
  type PushSend,
  pushDevices,
  sendDuePushes,
  subscribePush,
  unsubscribePush,
} from '../../app/push/push.js';
import {
  PushEndpointBody,
  PushStatus,
  PushSubscriptionBody,
  PushTestAnswer,
} from '../../contract/index.js';
import { AddressRefusal, allowedAddress } from '../../fetch/private-address.js';
import { HttpProblem, unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers } from './api.js';

export interface PushDeps {
  /** The VAPID public key browsers subscribe with. */
  readonly publicKey: () => Promise<string>;
  readonly send: PushSend;
  /** Let a device's push service be on loopback or a private network (tests, an intranet). */
  readonly allowPrivate?: boolean;
}

/**
 * A push service address is one this server will POST to: https on a public address only,
 * so that no account can point the server at the network it runs in. It is checked again at
 * each push (src/push/web-push.ts).
 */
async function checkEndpoint(endpoint: string, allowPrivate: boolean): Promise<void> {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return; // the use case says what is wrong with it
  }
  if (url.protocol !== 'https:')
    throw new HttpProblem(422, 'endpoint: a push service address is an https URL', 'endpoint');
  try {
    await allowedAddress(url.hostname, { allowPrivate });
  } catch (error) {
    if (!(error instanceof AddressRefusal)) throw error;
    throw new HttpProblem(
      422,
      `endpoint: ${url.hostname} is not a public push service`,
      'endpoint',
    );
  }
}

export function pushRoutes(app: Api, ctx: ContextOf, deps: PushDeps): void {
  const status = async (req: FastifyRequest) => ({
    publicKey: await deps.publicKey(),
    devices: await pushDevices(ctx(req)),
  });

  app.get(
    '/api/push',
    {
      schema: {
        summary: 'the devices reminded by push, and the key a browser subscribes with',
        response: answers({ 200: PushStatus }),
      },
    },
    (req) => status(req),
  );

  app.post(
    '/api/push/subscriptions',
    {
      schema: {
        summary: "remind this device: the browser's PushSubscription",
        body: PushSubscriptionBody,
        response: answers({ 201: PushStatus }),
      },
    },
    async (req, reply) => {
      await checkEndpoint(req.body.endpoint, deps.allowPrivate ?? false);
      unwrap(await subscribePush(ctx(req), req.body));
      reply.code(201);
      return status(req);
    },
  );

  app.delete(
    '/api/push/subscriptions',
    {
      schema: {
        summary: 'stop reminding a device',
        body: PushEndpointBody,
        response: answers({ 200: PushStatus }),
      },
    },
    async (req) => {
      unwrap(await unsubscribePush(ctx(req), req.body.endpoint));
      return status(req);
    },
  );

  app.post(
    '/api/push/test',
    {
      schema: {
        summary: "send today's reminder to every device now (a test)",
        response: answers({ 200: PushTestAnswer }),
      },
    },
    async (req) => {
      const run = await sendDuePushes(ctx(req), deps.send, { now: true });
      return run.outcome === 'done' ? run : { sent: 0, gone: 0, failed: [] };
    },
  );
}
