import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { serviceWorkerPlugin } from '../../scripts/service-worker-plugin';

// The API server runs separately in development; in production it serves this build
// from the same origin, so the browser only ever talks to one origin.
const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin()],
  resolve: {
    // Workspace packages resolve to their TypeScript source, so no prior build is needed.
    conditions: ['@amend/source', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    // The Content-Security-Policy forbids data: URLs, so every asset must be a real file.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': { target: apiServer, changeOrigin: false },
      '/healthz': { target: apiServer, changeOrigin: false },
    },
  },
});
