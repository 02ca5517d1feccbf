import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { securityHeaders, serviceWorkerHeaders } from '../../../deploy/security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface SwitchableServer {
  readonly origin: string;
  /** Serves this folder from the next request on, as a deploy of a new version would. */
  serve(root: string): void;
  close(): Promise<void>;
}

/**
 * A static host for two builds of the app, one after the other: the update test deploys version B
 * over version A while a page is open. The headers are the real ones, the worker's own for sw.js.
 */
export async function startSwitchableServer(root: string): Promise<SwitchableServer> {
  let current = root;
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(current, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(current + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const headers =
          path === '/sw.js' ? serviceWorkerHeaders() : { ...securityHeaders("'self'"), 'Cache-Control': 'no-cache' };
        response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve(next) {
      current = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
