import {
  getSettings,
  holidayPreview,
  holidayRegionList,
  updateSettings,
} from '../../app/settings.js';
import {
  HolidayRegions,
  Holidays,
  HolidaysQuery,
  Settings,
  SettingsBody,
} from '../../contract/index.js';
import { unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers } from './api.js';

export function settingsRoutes(app: Api, ctx: ContextOf): void {
  app.get(
    '/api/settings',
    { schema: { summary: 'your settings', response: answers({ 200: Settings }) } },
    (req) => getSettings(ctx(req)),
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
    async (req) => unwrap(await updateSettings(ctx(req), req.body)),
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
    async (req) => unwrap(await holidayPreview(ctx(req), req.query.region)),
  );

  app.get(
    '/api/holidays/regions',
    {
      schema: {
        summary: 'every holiday region, countries and their subdivisions, by name, to choose one',
        response: answers({ 200: HolidayRegions }),
      },
    },
    () => holidayRegionList(),
  );
}
