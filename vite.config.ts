import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA is served by the Lantern server (server/), never by `vite preview`:
// the server adds the proxy, the cluster list and the security headers.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: process.env.LANTERN_DIST ?? 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Budgets are asserted by the bundle-size test, not by Rollup's warning.
    chunkSizeWarningLimit: 1024,
    // Rolldown's timing notice (Sass dominates the build) is nothing a newcomer can act on.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'legacy-js-api'] },
    },
  },
});
