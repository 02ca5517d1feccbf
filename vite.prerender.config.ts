import { defineConfig } from 'vite';

/**
 * Builds src/prerender/start-page.tsx and about-page.tsx for Node, with every dependency bundled in,
 * so the pages are rendered by the same react-dom/server and the same versions of the app's libraries whatever
 * Node would resolve on its own. Used only by `npm run build`.
 */
export default defineConfig({
  // React's own production build, as the browser gets: its CommonJS entries pick it by NODE_ENV,
  // which Vite leaves to run time in a build for Node.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    ssr: true,
    rollupOptions: {
      // The first pages (into index.html) and the "About this guide" pages (decision 0014).
      input: { 'first-pages': 'src/prerender/first-pages.tsx', 'about-page': 'src/prerender/about-page.tsx' },
      output: { entryFileNames: '[name].js' },
    },
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
