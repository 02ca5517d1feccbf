// The precache list and the service worker written from it (decision 0025). Pure functions of
// the built files, so a unit test can check them and the update test can write a second version.
import { createHash } from 'node:crypto';

/** Pages and files beside them that the app needs offline (the rest of dist/ is for other uses: FHIR, the embed script). */
const TOP_LEVEL =
  /^(?:index|about|about-es|review)\.html$|^review\.css$|^manifest\.webmanifest$|^icons\/[\w-]+\.(?:svg|png)$/;
/** Every built chunk and stylesheet; source maps are for debugging, not for patients. */
const ASSET = /^assets\/[^/]+\.(?:js|css)$/;

const hash = (content) => createHash('sha256').update(content).digest('hex').slice(0, 16);

/**
 * @param {{ path: string, content: string | Uint8Array }[]} files every file of dist/, path relative with "/"
 * @returns {[string, string][]} [path, revision] of the files to precache, sorted by path
 */
export function precacheList(files) {
  const list = files
    .filter(({ path }) => TOP_LEVEL.test(path) || ASSET.test(path))
    .map(({ path, content }) => /** @type {[string, string]} */ ([path, hash(content)]))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!list.some(([path]) => path === 'index.html')) throw new Error('The build has no index.html to precache');
  return list;
}

/**
 * The worker's source: the template with the list and a version made from it, so any changed file
 * changes the worker's bytes, which is how a browser learns there is a new version.
 * @param {string} template @param {[string, string][]} list
 */
export function serviceWorkerSource(template, list) {
  const versionMarker = "/* version */ 'template'";
  const listMarker = '/* precache */ []';
  if (!template.includes(versionMarker) || !template.includes(listMarker))
    throw new Error('The worker template has lost its /* version */ or /* precache */ marker');
  return template
    .replace(versionMarker, JSON.stringify(hash(JSON.stringify(list))))
    .replace(listMarker, JSON.stringify(list));
}
