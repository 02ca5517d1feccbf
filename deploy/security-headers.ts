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
