import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves dist/web; during development `vite --config web/vite.config.ts`
// proxies the API to a server started with `justenough serve --port 4600`.
const API = 'http://127.0.0.1:4600';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
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
