import { isEmpty, previewDigest } from '../../app/digest/content.js';
import { type DigestDeps, sendDueDigest, sendTestMail } from '../../app/digest/digest.js';
import { getDigestSettings, updateDigestSettings } from '../../app/digest/settings.js';
import {
  DigestPreview,
  DigestRun,
  DigestSettings,
  DigestSettingsBody,
  TestMail,
} from '../../contract/index.js';
import { composeDigest } from '../../mail/compose.js';
import { unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers } from './api.js';

export interface DigestRouteDeps {
  readonly appUrl: () => string;
  readonly mail: DigestDeps;
}

export function digestRoutes(app: Api, ctx: ContextOf, deps: DigestRouteDeps): void {
  const environment = deps.mail.environmentSmtp;

  app.get(
    '/api/digest',
    {
      schema: {
        summary:
          'the morning e-mail: on or off, its time, where it goes, its SMTP server, the last send',
        response: answers({ 200: DigestSettings }),
      },
    },
    (req) => getDigestSettings(ctx(req), environment),
  );

  app.patch(
    '/api/digest',
    {
      schema: {
        summary: 'change the morning e-mail; the SMTP password is write-only',
        body: DigestSettingsBody,
        response: answers({ 200: DigestSettings }),
      },
    },
    async (req) =>
      unwrap(await updateDigestSettings(ctx(req), req.body, environment, deps.mail.secrets)),
  );

  app.get(
    '/api/digest/preview',
    {
      schema: {
        summary: "today's morning e-mail as it would be sent now",
        response: answers({ 200: DigestPreview }),
      },
    },
    async (req) => {
      const preview = await previewDigest(ctx(req), environment);
      const mail = composeDigest(preview.digest, deps.appUrl());
      return {
        date: preview.digest.date,
        empty: isEmpty(preview.digest),
        recipients: preview.recipients,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        enabled: preview.enabled,
        sendAt: preview.sendAt,
        smtpSource: preview.smtpSource,
        today: preview.today,
      };
    },
  );

  app.post(
    '/api/digest/send',
    {
      schema: {
        summary: "send today's morning e-mail now, unless it went out already today",
        response: answers({ 200: DigestRun }),
      },
    },
    (req) => sendDueDigest(ctx(req), deps.mail, { now: true }),
  );

  app.post(
    '/api/digest/test',
    {
      schema: {
        summary:
          'send a short test e-mail; it does not count as the day’s e-mail. The body, optional, holds the unsaved changes of the form (as PATCH /api/digest takes them): the test sends with them and saves nothing',
        body: DigestSettingsBody.nullish(),
        response: answers({ 200: TestMail }),
      },
    },
    async (req) => unwrap(await sendTestMail(ctx(req), deps.mail, req.body ?? {})),
  );
}
