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
    sourcemap: true,
  },
  server: {
    proxy: {
      // The server accepts changes only from its own pages: the proxy speaks as one.
      '/api': { target: API, changeOrigin: true, headers: { origin: API } },
    },
  },
});
