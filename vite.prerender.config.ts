import { defineConfig } from 'vite';

/**
 * Builds src/prerender/start-page.tsx for Node, with every dependency bundled in, so the start
 * page renders with the same single copy of Preact the browser gets (left external, a CommonJS
 * dependency of @xstate/react would load a second one). Used only by `npm run build`.
 */
export default defineConfig({
  build: {
    ssr: 'src/prerender/start-page.tsx',
    outDir: 'dist-prerender',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    copyPublicDir: false,
  },
  ssr: { noExternal: true },
  // The start page imports the English catalog directly, which Rollup reports as an ineffective dynamic import.
  logLevel: 'error',
});
