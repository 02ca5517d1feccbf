// A tiny static host for a built app: files pre-compressed once at start (brotli 11, gzip 9),
// served by Accept-Encoding, hashed assets cached for a year, HTML revalidated every time.
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readHeadersFile } from './headers-file.mjs';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg']);

/** @param {Buffer} raw */
export function brotli(raw) {
  return brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
}

/** @param {Buffer} raw */
export function gzip(raw) {
  return gzipSync(raw, { level: 9 });
}

/** @typedef {{ raw: Buffer, br?: Buffer, gz?: Buffer, type: string }} Entry */

/** Reads every file under `root` (files starting with "_" or "." stay private, as on real hosts). */
function loadFiles(root) {
  /** @type {Map<string, Entry>} */
  const files = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const ext = extname(name);
      const raw = readFileSync(path);
      const entry = { raw, type: CONTENT_TYPES[ext] ?? 'application/octet-stream' };
      if (COMPRESSIBLE.has(ext)) Object.assign(entry, { br: brotli(raw), gz: gzip(raw) });
      files.set('/' + relative(root, path).split(sep).join('/'), entry);
    }
  };
  walk(root);
  return files;
}

/** The encoding to send: brotli when accepted, else gzip, else none ("q=0" refuses). */
export function chooseEncoding(acceptEncoding = '') {
  const accepted = new Set();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [token, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (token && !(q && Number(q.slice(2)) === 0)) accepted.add(token.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
}

/**
 * Serves `root` on 127.0.0.1 at a free port.
 * @param {string} root
 * @returns {Promise<{ url: string, close: () => Promise<void>, files: Map<string, Entry> }>}
 */
export async function startStaticServer(root) {
  const files = loadFiles(root);
  const extraHeaders = readHeadersFile(join(root, '_headers'));
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    // Like `try_files $uri /index.html`: unknown extension-less paths get the app.
    let entry = files.get(path);
    if (!entry && !extname(path)) entry = files.get((path = '/index.html'));
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers = { ...extraHeaders(path), 'Content-Type': entry.type };
    headers['Cache-Control'] = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    let body = entry.raw;
    if (entry.br && entry.gz) {
      headers['Vary'] = 'Accept-Encoding';
      const encoding = chooseEncoding(String(req.headers['accept-encoding'] ?? ''));
      if (encoding) {
        headers['Content-Encoding'] = encoding;
        body = encoding === 'br' ? entry.br : entry.gz;
      }
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    files,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
