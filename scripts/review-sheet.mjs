// The content review sheet (scripts/review-sheet/): `npm run review-sheet` writes the Markdown to
// docs/content/rules.md, to commit; `npm run build` runs this with `--html dist/review.html` for
// the page in the built app. The generator is TypeScript that reads the rules, the catalogs and
// the rule tests' cases, so it is loaded through Vite's module runner, as the build sees those files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const html = args[0] === '--html';
const target = resolve(root, html ? (args[1] ?? 'dist/review.html') : 'docs/content/rules.md');

// configFile: false: the app's vite.config.ts (React, the prerender gate, the test set-up) is not needed here.
const { module } = await runnerImport(resolve(root, 'scripts/review-sheet/render.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
const content = html ? module.reviewSheetHtml() : module.reviewSheetMarkdown();
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, content);
console.log(`wrote the content review sheet to ${relative(root, target)} (${(content.length / 1024).toFixed(1)} KiB)`);
