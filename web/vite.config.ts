import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The server serves dist/web; during development `vite --config web/vite.config.ts`
// proxies the API to a server started with `justenough serve --port 4600`.
const API = 'http://127.0.0.1:4600';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    // An installable app: the manifest, and a service worker of our own (src/sw.ts) that
    // precaches the app's files, keeps the last Today list for reading offline and shows the
    // pushed reminders. A new version waits until the user says "Reload" (src/update-prompt.tsx).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'JustEnough',
        short_name: 'JustEnough',
        description: 'Whom to contact about your job search today, how, and with what words.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b7a6b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,png,svg,woff2}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Browsers get no source maps (they would show the whole source); WEB_SOURCEMAP=1 makes them
    // for debugging a build, and the server still never answers them.
    sourcemap: process.env.WEB_SOURCEMAP === '1',
    rolldownOptions: {
      output: {
        // What Today needs at once comes as one file: compressed together it weighs
        // less than the dozen shared pieces the bundler would otherwise cut it into.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
    // That file is about 600 kB before compression, 182 kB after gzip (pages.test.ts weighs it).
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      // The server accepts changes only from its own pages: the proxy speaks as one.
      '/api': { target: API, changeOrigin: true, headers: { origin: API } },
    },
  },
});
