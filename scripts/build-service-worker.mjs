// Part of `npm run build`, last: writes dist/sw.js, the offline worker, with the precache list of
// the files just built (decision 0025). Usage: node scripts/build-service-worker.mjs [dist folder]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { precacheList, serviceWorkerSource } from './service-worker/precache.mjs';

const dist = resolve(process.argv[2] ?? resolve(import.meta.dirname, '..', 'dist'));
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push({ path: relative(dist, path).split(sep).join('/'), content: readFileSync(path) });
  }
};
walk(dist);
const list = precacheList(files);
const template = readFileSync(join(import.meta.dirname, 'service-worker', 'worker-template.js'), 'utf8');
writeFileSync(join(dist, 'sw.js'), serviceWorkerSource(template, list));
console.log(`dist/sw.js: ${list.length} files precached`);
