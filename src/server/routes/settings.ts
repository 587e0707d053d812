import type { AppContext } from '../../app/context.js';
import { getSettings, holidayPreview, updateSettings } from '../../app/settings.js';
import { unwrap } from '../problem.js';
import { Holidays, HolidaysQuery, Settings, SettingsBody } from '../schemas.js';
import { type Api, answers } from './api.js';

export function settingsRoutes(app: Api, ctx: AppContext): void {
  app.get(
    '/api/settings',
    { schema: { summary: 'your settings', response: answers({ 200: Settings }) } },
    () => getSettings(ctx),
  );

  app.patch(
    '/api/settings',
    {
      schema: {
        summary: 'change your settings; a change to the method replans every opportunity',
        body: SettingsBody,
        response: answers({ 200: Settings }),
      },
    },
    async (req) => unwrap(await updateSettings(ctx, req.body)),
  );

  app.get(
    '/api/holidays',
    {
      schema: {
        summary: 'the next public holidays of any region, to preview it before choosing it',
        querystring: HolidaysQuery,
        response: answers({ 200: Holidays }),
      },
    },
    async (req) => unwrap(await holidayPreview(ctx, req.query.region)),
  );
}
