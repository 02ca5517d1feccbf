// Serves the built app on 127.0.0.1:4173 and the demo clinic page on 127.0.0.1:4300, a
// different origin, as a real clinic embedding would be. Run `npm run demo`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { preview } from 'vite';

const APP_PORT = Number(process.env.APP_PORT ?? 4173);
const HOST_PORT = Number(process.env.HOST_PORT ?? 4300);
const hostOrigin = `http://127.0.0.1:${HOST_PORT}`;

// The app may be framed by the demo clinic's origin only.
process.env.FRAME_ANCESTORS = `'self' ${hostOrigin}`;
const app = await preview({ preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' } });

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };
const root = new URL('../examples/', import.meta.url).pathname;
const host = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', hostOrigin).pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path === '/' ? 'clinic.html' : path);
  try {
    if (!file.startsWith(root)) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('Not found');
  }
});
host.listen(HOST_PORT, '127.0.0.1', () => {
  console.log(`App:           ${app.resolvedUrls?.local[0] ?? `http://127.0.0.1:${APP_PORT}/`}`);
  console.log(`Clinic demo:   ${hostOrigin}/clinic.html`);
});
