import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { PRERENDER_GATE } from './deploy/prerender-gate';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { securityHeaders, serviceWorkerHeaders } from './deploy/security-headers';

const CHARSET = '<meta charset="UTF-8" />';
const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * Puts the inline gate and loader (deploy/prerender-gate.ts) into <head>, right after the charset
 * (which must stay within the first 1024 bytes), so it runs before first paint. In a build it also
 * swaps the app's entry `<script>` for `<meta name="app-entry">`, ahead of the gate, which then
 * adds the script itself: after a prerendered page has painted, or at once when they are all hidden.
 * The build fails if Vite's tag changes shape, rather than ship a page whose app never loads.
 */
function prerenderGate(): Plugin {
  return {
    name: 'prerender-gate',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!html.includes(CHARSET)) throw new Error(`index.html has no ${CHARSET} to put the prerender gate after`);
        let entryMeta = '';
        if (context.bundle) {
          const entry = ENTRY_SCRIPT.exec(html);
          if (!entry)
            throw new Error('The built index.html has no module entry <script> for the prerender gate to load');
          // The gate preloads the catalog of the language it works out, with the app or once a prerendered page has painted.
          const catalogs = ['en', 'es'].map((locale) => {
            const catalog = Object.values(context.bundle ?? {}).find(
              (chunk) => chunk.type === 'chunk' && chunk.name === `catalog-${locale}`,
            );
            if (!catalog) throw new Error(`The build has no catalog-${locale} chunk for the prerender gate to preload`);
            return ` data-catalog-${locale}="./${catalog.fileName}"`;
          });
          entryMeta = `\n    <meta name="app-entry" content="${entry[1]}"${catalogs.join('')} />`;
          html = html.replace(ENTRY_SCRIPT, '');
        }
        return html.replace(CHARSET, `${CHARSET}${entryMeta}\n    <script>${PRERENDER_GATE}</script>`);
      },
    },
  };
}

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Chromium's explicit compile hint, as the entry chunk's first line: compile every function of the
 * entry while it streams in, on a background thread, instead of on the main thread the first time
 * each runs (most of the entry's evaluation and a third of the first render at 4x CPU,
 * docs/performance.md). Other browsers ignore the comment. Added last, after Vite's own first line,
 * with the source map moved down one line to match.
 */
function compileHint(): Plugin {
  return {
    name: 'compile-hint',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          chunk.code = COMPILE_HINT + chunk.code;
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type !== 'asset' || typeof map.source !== 'string')
            throw new Error(`No source map for ${chunk.fileName} to move down one line for the compile hint`);
          const parsed = JSON.parse(map.source) as { mappings: string };
          map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
        }
      },
    },
  };
}

/**
 * `npm start` and the browser tests serve dist/sw.js as a real host must (public/_headers,
 * deploy/nginx.conf): with the worker's own policy, which lets it fetch the files it keeps, in
 * place of the pages' (decision 0025). Vite's preview would send the pages' headers on every file.
 */
function serviceWorkerPreview(): Plugin {
  return {
    name: 'service-worker-preview',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== '/sw.js') return next();
        readFile(resolve(server.config.root, server.config.build.outDir, 'sw.js')).then((body) => {
          response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', ...serviceWorkerHeaders() });
          response.end(body);
        }, next);
      });
    },
  };
}

// @vitejs/plugin-react: React's automatic JSX runtime, and Fast Refresh in `npm run dev` (edits
// keep the component state). React 19 and React DOM (decision 0009).
export default defineConfig({
  // Relative asset paths let a clinic host the built files under any sub-path.
  base: './',
  plugins: [react(), prerenderGate(), compileHint(), serviceWorkerPreview()],
  resolve: {
    // @xstate/react imports use-sync-external-store's shim, for React 16 and 17. React 19 has the
    // hook: these give it React's own, and the selector wrapper without the shim (0.2 KiB gzip).
    alias: [
      { find: /^use-sync-external-store\/shim\/with-selector$/, replacement: 'use-sync-external-store/with-selector' },
      { find: /^use-sync-external-store\/shim$/, replacement: 'react' },
    ],
  },
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
    // Vitest's default, 5 s per test, is wall-clock time. On a loaded 2-core machine (two `npm test`
    // runs and the browser tests at once, load average 9-13) tests ran 3-10 times slower than
    // alone: the first test of a file (a fresh worker warming up jsdom and the JIT) and the model
    // replays (25-36 page changes each through the UI) went past 5 s with nothing wrong, and a
    // timed-out test's remaining steps then clicked through the next test's page. 20 s leaves room
    // for that load; a test that hangs still fails.
    testTimeout: 20_000,
    // CI machines have 2 cores; Vitest's default leaves one idle.
    maxWorkers: 2,
    globals: false,
    // Playwright specs live in tests/e2e and must not be collected by vitest.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Rules, schemas and the route need no DOM: a window per file cost about a second each.
          // The few files that do need one say so with a `@vitest-environment jsdom` comment.
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup-unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
