/**
 * The HTTP headers the app is served with: the single source for `npm start` (Vite's preview
 * server). `public/_headers` and `deploy/nginx.conf` repeat them for real static hosts, and a
 * unit test keeps the three in step.
 */
import { PRERENDER_GATE_HASH } from './prerender-gate';

/**
 * The pages the app may be framed by. Deployers set `frame-ancestors` to their clinics' sites;
 * locally FRAME_ANCESTORS widens it for the embedding demo and tests.
 */
export function frameAncestors(env: Record<string, string | undefined> = process.env): string {
  return env.FRAME_ANCESTORS?.trim() || "'self'";
}

export function contentSecurityPolicy(ancestors: string): string {
  return [
    "default-src 'none'",
    // Only the app's own bundled scripts and the one inline prerender gate, by its hash; no eval.
    `script-src 'self' ${PRERENDER_GATE_HASH}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    // The app fetches nothing: answers never leave the device.
    "connect-src 'none'",
    "manifest-src 'self'",
    // The offline service worker, dist/sw.js (decision 0025).
    "worker-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

export function securityHeaders(ancestors: string = frameAncestors()): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(ancestors),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * The policy of the service worker script itself (dist/sw.js): a worker runs under the CSP of its
 * own response, not the page's, and it must fetch the app's files to keep them for offline use,
 * which the page's `connect-src 'none'` would refuse. It may fetch from the app's origin only.
 */
export const SERVICE_WORKER_CSP = "default-src 'none'; connect-src 'self'";

/**
 * The headers of dist/sw.js: its own policy, and `no-cache` so the browser asks the server for it
 * at every check for a new version (browsers cap a worker's HTTP caching at 24 hours anyway).
 */
export function serviceWorkerHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': SERVICE_WORKER_CSP,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
}
