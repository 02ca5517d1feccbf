// What the JS chunks are made of: minified bytes per npm package (or app folder), from each
// chunk's source map (which source every generated segment came from).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segments } from './source-map.mjs';
import { gzip } from './static-server.mjs';

/** "react-dom", "@xstate/react", or for our own code "app: src/content", "app: rules". */
export function groupOf(sourcePath) {
  const pkg = sourcePath.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = sourcePath.replace(/^(?:\.\.\/)+/, '').split('/');
  return `app: ${own.length > 2 ? own.slice(0, 2).join('/') : own[0]}`;
}

/**
 * @param {string} dist
 * @returns {{ chunk: string, groups: { name: string, minified: number, gzipAlone: number }[] }[]}
 */
export function measureComposition(dist) {
  const result = [];
  for (const name of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
    const mapFile = join(dist, 'assets', `${name}.map`);
    if (!existsSync(mapFile)) continue;
    const code = readFileSync(join(dist, 'assets', name), 'utf8');
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    const lines = code.split('\n');
    const all = [...segments(map.mappings)];
    /** @type {Map<string, string[]>} */
    const pieces = new Map();
    all.forEach((segment, i) => {
      const next = all[i + 1];
      const text = lines[segment.line] ?? '';
      const end = next && next.line === segment.line ? next.column : text.length;
      const group = segment.source === undefined ? '(unmapped)' : groupOf(map.sources[segment.source] ?? '');
      if (!pieces.has(group)) pieces.set(group, []);
      pieces.get(group)?.push(text.slice(segment.column, end));
    });
    // Newlines and any text before a line's first segment belong to no source.
    const mapped = [...pieces.values()].flat().reduce((total, text) => total + Buffer.byteLength(text), 0);
    const rest = Buffer.byteLength(code) - mapped;
    if (rest > 0) pieces.set('(unmapped)', [...(pieces.get('(unmapped)') ?? []), ' '.repeat(rest)]);
    const groups = [...pieces].map(([group, texts]) => {
      const joined = Buffer.from(texts.join(''));
      return { name: group, minified: joined.length, gzipAlone: gzip(joined).length };
    });
    result.push({ chunk: `assets/${name}`, groups: groups.sort((a, b) => b.minified - a.minified) });
  }
  return result;
}
