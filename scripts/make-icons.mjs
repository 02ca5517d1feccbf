// Run once by hand when the icon changes: draws public/icons/*.svg into the PNGs the web app
// manifest lists, with Playwright's Chromium (no image library needed). The PNGs are committed.
// Usage: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const icons = resolve(import.meta.dirname, '..', 'public', 'icons');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const [svg, size, png] of [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['icon-maskable.svg', 512, 'icon-maskable-512.png'],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const source = readFileSync(resolve(icons, svg), 'utf8');
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
  );
  await page.screenshot({ path: resolve(icons, png), omitBackground: true });
  await page.close();
}
await browser.close();
