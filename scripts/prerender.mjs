// Part of `npm run build`: writes the start page and the first question, in English and Spanish,
// into dist/index.html, so a visit paints before the JavaScript arrives (main.tsx hydrates the one
// shown; decision 0024), and the "About this guide" pages
// beside it, one static HTML file per language with no script (decision 0014). The pages come from
// the app's own components and words, built for Node by vite.prerender.config.ts into
// dist-prerender/ (removed after).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const built = (name) => pathToFileURL(resolve(root, 'dist-prerender', `${name}.js`)).href;
const indexPath = resolve(root, 'dist', 'index.html');

const { renderFirstPages } = await import(built('first-pages'));
const pages = await renderFirstPages();
const html = readFileSync(indexPath, 'utf8');
const empty = '<div id="root"></div>';
if (!html.includes(empty)) throw new Error(`dist/index.html has no empty ${empty} to fill`);
// The English start page is shown by the HTML itself (with JavaScript off too); the inline gate
// shows whichever page the app will open on and removes the others before the first paint.
const variants = Object.entries(pages).map(([view, page]) => {
  // A suspended page (its chunk not loaded first) would be written as React's client-render marker
  // and the "Loading…" fallback: a page nobody can read without JavaScript.
  if (page.includes('<!--$!') || page.includes('<!--$?'))
    throw new Error(`The prerendered ${view} page is not that page: did its chunk load before rendering?`);
  console.log(`prerendered ${view} (${(page.length / 1024).toFixed(1)} KiB of HTML)`);
  return `<div data-prerendered="${view}"${view === 'en-intro' ? '' : ' hidden'}>${page}</div>`;
});
writeFileSync(indexPath, html.replace(empty, `<div id="root">${variants.join('')}</div>`));

// The About pages use the app's stylesheet, as index.html links it (already cached by a visit).
const stylesheet = /<link rel="stylesheet"[^>]* href="([^"]+\.css)"/.exec(html)?.[1];
if (!stylesheet) throw new Error('dist/index.html links no stylesheet for the About pages to use');
const { renderAboutPages } = await import(built('about-page'));
for (const [file, about] of Object.entries(renderAboutPages(stylesheet))) {
  writeFileSync(resolve(root, 'dist', file), about);
  console.log(`wrote dist/${file} (${(about.length / 1024).toFixed(1)} KiB of HTML)`);
}
rmSync(resolve(root, 'dist-prerender'), { recursive: true, force: true });
