// `npm run build`, then a copy of dist/ in a temporary folder: what the bench and the start-up
// profile measure. A copy, so that a rebuild by someone else meanwhile (the e2e tests build into
// dist/ too) cannot change the files under a measurement.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assetsOfHtml } from './bytes.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Builds and copies dist/; retries if a concurrent rebuild left it incomplete. The caller removes
 * the returned folder when done.
 * @param {(line: string) => void} log
 * @returns {string} the copy's path
 */
export function buildSnapshot(log, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
    const snapshot = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    cpSync(join(ROOT, 'dist'), snapshot, { recursive: true });
    const html = existsSync(join(snapshot, 'index.html')) ? readFileSync(join(snapshot, 'index.html'), 'utf8') : '';
    const complete =
      html !== '' &&
      existsSync(join(snapshot, 'embed.js')) &&
      assetsOfHtml(html).every((file) => existsSync(join(snapshot, file)));
    if (complete) return snapshot;
    rmSync(snapshot, { recursive: true, force: true });
    if (attempt >= attempts)
      throw new Error('dist/ was incomplete after npm run build (is something else building into it?)');
    log('  dist/ changed under us (another build?); building again…');
  }
}
