// Reads the build's source maps (vite.config.ts has `sourcemap: true`): which original file, line
// and name each position of a minified chunk came from. The chunks are a few very long lines, so
// the lookup is by line and column.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * @typedef {{ line: number, column: number, source?: number, originalLine?: number,
 *   originalColumn?: number, name?: number }} Segment
 * Positions are 0-based, as in the source-map format and in V8's CPU profiles.
 */

/** Decodes source-map `mappings` into absolute segments, line by line, in order. @returns {Generator<Segment>} */
export function* segments(mappings) {
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let name = 0;
  for (const [lineIndex, line] of mappings.split(';').entries()) {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length < 4) {
        yield { line: lineIndex, column };
        continue;
      }
      source += values[1];
      originalLine += values[2];
      originalColumn += values[3];
      if (values.length > 4) name += values[4];
      yield {
        line: lineIndex,
        column,
        source,
        originalLine,
        originalColumn,
        name: values.length > 4 ? name : undefined,
      };
    }
  }
}

/**
 * A chunk's source map, ready for lookups.
 * @typedef {{ sources: string[], sourcesContent: (string | null)[], names: string[], lines: Segment[][] }} SourceMap
 */

/** @param {string} file a .map file @returns {SourceMap} */
export function readSourceMap(file) {
  const map = JSON.parse(readFileSync(file, 'utf8'));
  /** @type {Segment[][]} */
  const lines = [];
  for (const segment of segments(map.mappings)) (lines[segment.line] ??= []).push(segment);
  return { sources: map.sources, sourcesContent: map.sourcesContent ?? [], names: map.names ?? [], lines };
}

/**
 * The original position of a generated one: the last mapped segment at or before it on its line.
 * @param {SourceMap} map
 * @returns {{ source: string, line: number, column: number, name?: string } | undefined}
 */
export function originalPosition(map, line, column) {
  const row = map.lines[line];
  if (!row) return undefined;
  let low = 0;
  let high = row.length - 1;
  let found;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (row[middle].column <= column) {
      found = row[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  if (!found || found.source === undefined) return undefined;
  return {
    source: map.sources[found.source],
    line: found.originalLine ?? 0,
    column: found.originalColumn ?? 0,
    name: found.name === undefined ? undefined : map.names[found.name],
  };
}

/** The text of one original line (0-based), from the map's sourcesContent; '' when absent. */
export function originalLineText(map, source, line) {
  const index = map.sources.indexOf(source);
  return map.sourcesContent[index]?.split('\n')[line] ?? '';
}

/**
 * The source maps of every chunk in `dist/assets`, keyed by the chunk's file name, read when first
 * asked for.
 * @param {string} dist
 */
export function sourceMapsOf(dist) {
  /** @type {Map<string, SourceMap | null>} */
  const cache = new Map();
  return (/** @type {string} */ fileName) => {
    if (!cache.has(fileName)) {
      const file = join(dist, 'assets', `${fileName}.map`);
      cache.set(fileName, existsSync(file) ? readSourceMap(file) : null);
    }
    return cache.get(fileName) ?? undefined;
  };
}
