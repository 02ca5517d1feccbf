// Where a page load's CPU time went, by original module: a V8 CPU profile (CDP `Profiler`) mapped
// through the build's source maps. Each sample's function is looked up by its start position in
// the minified chunk, which gives its original file and so its group (groupOf: "react-dom", "zod",
// "app: src/answers", …). Built-ins the code calls (DOM methods, JSON.parse) have no script of
// their own and count for the module that called them.
import { groupOf } from './composition.mjs';
import { originalLineText, originalPosition } from './source-map.mjs';
import { shortUrl } from './trace-timeline.mjs';

/**
 * @typedef {{ functionName: string, url: string, lineNumber: number, columnNumber: number }} CallFrame
 * @typedef {{ id: number, callFrame: CallFrame, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[], startTime: number,
 *   endTime: number }} CpuProfile
 * @typedef {{ source: string, line: number, name: string, group: string }} Origin
 */

/** V8's pseudo-functions: not JavaScript, or no JavaScript running. */
const SPECIAL = {
  '(program)': '(browser: parse, style, layout, paint, compile, …)',
  '(garbage collector)': '(garbage collector)',
  '(idle)': '(idle)',
  '(root)': '(idle)',
};

const KEYWORDS = new Set([
  'async',
  'await',
  'catch',
  'do',
  'for',
  'function',
  'if',
  'new',
  'return',
  'switch',
  'while',
]);

/** The function's name as written in the original file, when the position is its start. */
function nameInSource(text, column) {
  const at = text.slice(column);
  const declared =
    /^(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*([\w$]+)/.exec(at) ??
    /^(?:get\s+|set\s+|static\s+|async\s+)?([\w$]+)\s*\(/.exec(at);
  if (declared && !KEYWORDS.has(declared[1])) return declared[1];
  // An arrow or function expression: the name it is assigned to, the key it is under, or the
  // method it is handed to.
  const before = text.slice(0, column);
  const assigned = /([\w$]+)\s*(?:=|:)\s*(?:async\s*)?(?:function\b)?\s*$/.exec(before);
  if (assigned && !KEYWORDS.has(assigned[1])) return assigned[1];
  const passed = /\.?([\w$]+)\(\s*$/.exec(before);
  if (passed && !KEYWORDS.has(passed[1])) return `(callback to ${passed[1]})`;
  return undefined;
}

/**
 * Maps scripts' positions to original modules, with a cache.
 * @param {(fileName: string) => import('./source-map.mjs').SourceMap | undefined} mapOf
 * @param {string} documentUrl
 */
export function originLookup(mapOf, documentUrl) {
  /** @type {Map<string, Origin | undefined>} */
  const cache = new Map();
  /** @returns {Origin | undefined} */
  return (url, line, column, minifiedName = '') => {
    const key = `${url}:${line}:${column}`;
    if (cache.has(key)) return cache.get(key);
    /** @type {Origin | undefined} */
    let origin;
    const script = url ? shortUrl(url, documentUrl) : '';
    const map = script.startsWith('assets/') ? mapOf(script.slice('assets/'.length)) : undefined;
    const position = map && originalPosition(map, line, column);
    if (map && position) {
      const source = position.source.replace(/^(?:\.\.\/)+/, '');
      const text = originalLineText(map, position.source, position.line);
      origin = {
        source,
        line: position.line + 1,
        name: position.name ?? nameInSource(text, position.column) ?? (minifiedName || '(anonymous)'),
        group: groupOf(position.source),
      };
    } else if (script)
      // No mapping: a chunk's top-level code (V8 runs every module body in it as one function at
      // 0:0) and the bundler's helpers; or an inline script.
      origin = {
        source: script,
        line: line + 1,
        name: minifiedName || '(anonymous)',
        group: script.startsWith('assets/') ? `${script} (unmapped: top-level code, bundler helpers)` : script,
      };
    cache.set(key, origin);
    return origin;
  };
}

/** A chunk's top-level code: what runs when the module is evaluated. */
const isTopLevel = (frame) => frame.url !== '' && frame.lineNumber === 0 && frame.columnNumber === 0;

/**
 * @param {CpuProfile} profile
 * @param {{ startTs: number, endMs: number, documentUrl: string,
 *   origin: ReturnType<typeof originLookup> }} options
 *   startTs: navigation start on the profile's clock (µs); endMs: where to stop, ms after it
 */
export function attributeProfile(profile, { startTs, endMs, documentUrl, origin }) {
  /** @type {Map<number, ProfileNode>} */
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  /** @type {Map<number, CallFrame[]>} root first */
  const stacks = new Map();
  const stackOf = (id) => {
    let stack = stacks.get(id);
    if (!stack) {
      stack = [];
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const node = nodes.get(at);
        if (node) stack.unshift(node.callFrame);
      }
      stacks.set(id, stack);
    }
    return stack;
  };
  const originOf = (frame) => origin(frame.url, frame.lineNumber, frame.columnNumber, frame.functionName);
  const label = (o) => `${o.source}:${o.line} ${o.name}`;

  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  /** @type {Map<string, number>} */ const byGroup = new Map();
  /** @type {Map<string, number>} */ const byFunction = new Map();
  /** @type {Map<string, Map<string, number>>} */ const byPhase = new Map();
  /** @type {Map<string, number>} */ const inclusiveByAppFile = new Map();
  /** @type {Map<string, number>} */ const fromTopLevel = new Map();

  let time = profile.startTime;
  let coveredMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    // A sample stands for the time until the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const at = (time - startTs) / 1000;
    if (at < 0 || at >= endMs) continue;
    coveredMs += ms;
    const stack = stackOf(profile.samples[i]);
    const leaf = stack.at(-1);
    if (!leaf) continue;

    // Self time: the innermost frame with a script, or a pseudo-function.
    let group = SPECIAL[leaf.functionName] && !leaf.url ? SPECIAL[leaf.functionName] : undefined;
    let self;
    if (!group) {
      const withScript = [...stack].reverse().find((f) => f.url);
      self = withScript && originOf(withScript);
      group = self?.group ?? '(no script URL: the bench probe, Playwright)';
      if (self) add(byFunction, `${label(self)} [${self.group}]`, ms);
    }
    add(byGroup, group, ms);

    // Phase: the outermost script frame says what the task was.
    const outer = stack.find((f) => f.url);
    let phase = group.startsWith('(') ? group : '(other)';
    if (outer) {
      const script = shortUrl(outer.url, documentUrl);
      if (isTopLevel(outer)) phase = `evaluate ${script}`;
      else {
        const o = originOf(outer);
        phase = o ? `task: ${o.name} (${o.source})` : `task in ${script}`;
      }
    }
    if (!byPhase.has(phase)) byPhase.set(phase, new Map());
    add(/** @type {Map<string, number>} */ (byPhase.get(phase)), group, ms);

    // Inclusive time of each of our own files on the stack (each counted once per sample).
    const files = new Set();
    for (const frame of stack) {
      const o = frame.url ? originOf(frame) : undefined;
      if (o && o.group.startsWith('app: ')) files.add(o.source);
    }
    for (const file of files) add(inclusiveByAppFile, file, ms);

    // During a chunk's evaluation: which function called from its top level the time is under.
    const topIndex = stack.findIndex(isTopLevel);
    if (topIndex >= 0) {
      const under = stack.slice(topIndex + 1).find((f) => f.url && originOf(f));
      const key = under
        ? `${label(/** @type {Origin} */ (originOf(under)))} [${originOf(under)?.group}]`
        : `(top-level code of ${shortUrl(stack[topIndex].url, documentUrl)} itself${group.startsWith('(') ? `, ${group}` : ''})`;
      add(fromTopLevel, `${shortUrl(stack[topIndex].url, documentUrl)} → ${key}`, ms);
    }
  }

  const sorted = (map, limit = Infinity) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => ({ name, ms }));
  return {
    samplingCoveredMs: coveredMs,
    selfByGroup: sorted(byGroup),
    byPhase: [...byPhase]
      .map(([phase, groups]) => ({
        phase,
        ms: [...groups.values()].reduce((a, b) => a + b, 0),
        groups: sorted(groups, 8),
      }))
      .sort((a, b) => b.ms - a.ms),
    topFunctions: sorted(byFunction, 30),
    inclusiveByAppFile: sorted(inclusiveByAppFile, 30),
    calledFromTopLevel: sorted(fromTopLevel, 30),
  };
}
