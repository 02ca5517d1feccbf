// Part of `npm run build`: writes the English start page into dist/index.html, so a first visit
// paints before the JavaScript arrives (main.tsx hydrates it). The page comes from the app's own
// components, built for Node by vite.prerender.config.ts into dist-prerender/ (removed after).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const built = resolve(root, 'dist-prerender', 'start-page.js');
const indexPath = resolve(root, 'dist', 'index.html');

const { renderStartPage } = await import(pathToFileURL(built).href);
const page = renderStartPage();
const html = readFileSync(indexPath, 'utf8');
const empty = '<div id="root"></div>';
if (!html.includes(empty)) throw new Error(`dist/index.html has no empty ${empty} to fill`);
writeFileSync(indexPath, html.replace(empty, `<div id="root">${page}</div>`));
rmSync(resolve(root, 'dist-prerender'), { recursive: true, force: true });
console.log(`prerendered the start page into dist/index.html (${(page.length / 1024).toFixed(1)} KiB of HTML)`);
