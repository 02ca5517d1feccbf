// Reads a Netlify/Cloudflare-style `_headers` file (dist/_headers, from public/), so the bench
// host sends the same security headers a real static host would.
import { existsSync, readFileSync } from 'node:fs';

/**
 * @param {string} file
 * @returns {(path: string) => Record<string, string>} the headers for a request path
 */
export function readHeadersFile(file) {
  /** @type {{ pattern: RegExp, headers: Record<string, string> }[]} */
  const rules = [];
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim() || line.trim().startsWith('#')) continue;
      if (!/^\s/.test(line)) {
        const glob = line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*');
        rules.push({ pattern: new RegExp(`^${glob}$`), headers: {} });
      } else if (rules.length > 0) {
        const colon = line.indexOf(':');
        if (colon > 0) rules[rules.length - 1].headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
      }
    }
  }
  return (path) => Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers));
}
