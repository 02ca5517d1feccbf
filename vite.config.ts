import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { PRERENDER_GATE } from './deploy/prerender-gate';
import { securityHeaders } from './deploy/security-headers';

/** Puts the prerender gate (deploy/prerender-gate.ts) first in <head>, so it runs before first paint. */
function prerenderGate(): Plugin {
  return {
    name: 'prerender-gate',
    transformIndexHtml: () => [{ tag: 'script', children: PRERENDER_GATE, injectTo: 'head-prepend' }],
  };
}

/**
 * The start page is in the HTML, so the first paint needs only the HTML and the stylesheet; the
 * app's script can come after them. A module script is fetched at high priority by default,
 * competing with the stylesheet on a slow line: `fetchpriority="low"` says it can wait.
 */
function scriptAfterStyles(): Plugin {
  return {
    name: 'script-after-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<script type="module" crossorigin src=/g, '<script type="module" crossorigin fetchpriority="low" src='),
    },
  };
}

// No JSX plugin: Vite's own Oxc transform compiles TSX with the automatic runtime that tsconfig's
// "jsx": "react-jsx" names, importing react/jsx-runtime. `react` and `react-dom` are npm aliases of
// @preact/compat (package.json), so that is Preact's runtime (decision 0005). React Fast Refresh
// does not work with Preact, so the dev server reloads the page on an edit instead.
export default defineConfig({
  // Relative asset paths let a clinic host the built files under any sub-path.
  base: './',
  plugins: [prerenderGate(), scriptAfterStyles()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The byte budgets (scripts/check-budgets.mjs) and the bench follow the chunk graph from here.
    manifest: true,
  },
  preview: {
    host: '127.0.0.1',
    // `npm start` serves the production build with the same headers a real host should send.
    headers: securityHeaders(),
  },
  test: {
    environment: 'jsdom',
    // Playwright specs live in tests/e2e and must not be collected by vitest.
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    globals: false,
    // Node loads the CommonJS dependencies that require('react') (use-sync-external-store, under
    // @xstate/react) natively. With the `module` condition that require gets @preact/compat's ES
    // module entry, so they share the one Preact the app and @testing-library/preact import;
    // through the CommonJS entry they would get a second Preact, and hooks would fail.
    execArgv: ['--conditions=module'],
  },
});
