// Transfer sizes of the built app: what the first view loads (from index.html, following the
// entry chunk's static imports) and everything in assets/, compressed as the bench host serves it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotli, gzip } from './static-server.mjs';

/** @typedef {{ file: string, raw: number, gzip: number, brotli: number }} FileSize */

/** @param {string} dist @param {string} file a path relative to dist, with "/" */
function sizeOf(dist, file) {
  const raw = readFileSync(join(dist, file));
  return { file, raw: raw.length, gzip: gzip(raw).length, brotli: brotli(raw).length };
}

/** @param {FileSize[]} sizes */
function sum(sizes) {
  return sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

/** The value of attribute `name` in one HTML tag, if present. */
function attribute(tag, name) {
  return tag
    .match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
    ?.slice(1)
    .find((v) => v !== undefined);
}

/** Scripts, stylesheets, module preloads and the app-entry meta referenced by an HTML page (local files only). */
export function assetsOfHtml(html) {
  const found = [];
  const local = (url) => url && !/^(?:[a-z]+:)?\/\//i.test(url) && !/^data:/i.test(url);
  for (const [tag] of html.matchAll(/<(?:script|link|meta)\b[^>]*>/gi)) {
    const kind = /^<(\w+)/.exec(tag)[1].toLowerCase();
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const urls =
      kind === 'script'
        ? [attribute(tag, 'src')]
        : kind === 'link'
          ? [rel.includes('stylesheet') || rel.includes('modulepreload') ? attribute(tag, 'href') : undefined]
          : // The built page names its entry and the English catalog here; the inline gate loads them (decision 0008).
            attribute(tag, 'name') === 'app-entry'
            ? [attribute(tag, 'content'), attribute(tag, 'data-catalog')]
            : [];
    for (const url of urls) if (local(url)) found.push(url.replace(/^\.?\//, ''));
  }
  return found;
}

/** The specifiers of the static `import` statements that open an ES module chunk. */
export function staticImports(code) {
  const specifiers = [];
  const statement = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*import\s*(?:[\w$*{},\s]+?\s*from\s*)?(["'])([^"']+)\1\s*;?/;
  let rest = code;
  for (let match = rest.match(statement); match; match = rest.match(statement)) {
    specifiers.push(match[2]);
    rest = rest.slice(match[0].length);
  }
  return specifiers;
}

/**
 * Modules the app imports dynamically but waits for before its first render: the English catalog
 * (main.tsx loads the active language's catalog, then renders; English is what a first visit
 * without a language setting gets in the bench's Chromium).
 */
export const BOOT_MODULES = ['src/i18n/en/catalog-en.ts'];

/** Files the first view loads: from Vite's manifest if the build wrote one, else by reading the chunks. */
function firstViewFiles(dist) {
  const files = new Set();
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
    for (const key of BOOT_MODULES) {
      if (!manifest[key]) throw new Error(`The manifest has no ${key}: update BOOT_MODULES in scripts/bench/bytes.mjs`);
      visit(key);
    }
    return [...files];
  }
  const visitJs = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(readFileSync(join(dist, file), 'utf8'))) {
      if (specifier.startsWith('.')) visitJs(posix.normalize(posix.join(posix.dirname(file), specifier)));
    }
  };
  for (const file of assetsOfHtml(readFileSync(join(dist, 'index.html'), 'utf8'))) {
    if (file.endsWith('.js')) visitJs(file);
    else files.add(file);
  }
  return [...files];
}

/** @param {string} dist */
export function measureBytes(dist) {
  const isCode = (file) => /\.(?:js|css)$/.test(file);
  const firstView = firstViewFiles(dist)
    .filter(isCode)
    .map((file) => sizeOf(dist, file));
  const all = readdirSync(join(dist, 'assets'))
    .filter(isCode)
    .sort()
    .map((name) => sizeOf(dist, `assets/${name}`));
  if (firstView.length === 0) throw new Error('dist/index.html loads no JS or CSS that could be found');
  return {
    html: sizeOf(dist, 'index.html'),
    firstView: {
      files: firstView,
      js: sum(firstView.filter((f) => f.file.endsWith('.js'))),
      css: sum(firstView.filter((f) => f.file.endsWith('.css'))),
      total: sum(firstView),
    },
    all: { files: all, total: sum(all) },
    embed: existsSync(join(dist, 'embed.js')) ? sizeOf(dist, 'embed.js') : undefined,
  };
}
