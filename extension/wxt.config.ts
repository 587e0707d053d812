import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';

// The browser extension: "Save to JustEnough" on a job posting's page. It reads the open
// tab (activeTab, with scripting to read its HTML) and sends it to the user's own server.
// Builds: `npm run build:extension` (Chromium and Firefox, Manifest V3).

// The browser test grants a host permission in place of activeTab, which only a person's
// click on the toolbar gives (test/e2e/extension.test.ts); a shipped build asks for none.
const testHosts = process.env.JUSTENOUGH_EXTENSION_TEST_HOSTS?.split(',').filter(Boolean) ?? [];

// The extension's version is the app's.
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

export default defineConfig({
  imports: false,
  manifestVersion: 3,
  outDir: process.env.JUSTENOUGH_EXTENSION_OUT || '.output',
  manifest: ({ browser }) => ({
    name: 'JustEnough: save job postings',
    version,
    description:
      'Saves the job posting you are reading to JustEnough, so that its follow-ups are planned.',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(testHosts.length ? { host_permissions: testHosts } : {}),
    action: { default_title: 'Save to JustEnough (Alt+Shift+J)' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Save the open posting to JustEnough',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'save@justenough.app',
              strict_min_version: '115.0',
              // The page goes to the user's own JustEnough, which may be another computer.
              data_collection_permissions: { required: ['websiteContent'] },
            },
          },
        }
      : {}),
  }),
});
