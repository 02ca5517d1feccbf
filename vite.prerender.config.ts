import { defineConfig } from 'vite';

/**
 * Builds src/prerender/start-page.tsx for Node, with every dependency bundled in, so the start page
 * is rendered by the same react-dom/server and the same versions of the app's libraries whatever
 * Node would resolve on its own. Used only by `npm run build`.
 */
export default defineConfig({
  // React's own production build, as the browser gets: its CommonJS entries pick it by NODE_ENV,
  // which Vite leaves to run time in a build for Node.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
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
