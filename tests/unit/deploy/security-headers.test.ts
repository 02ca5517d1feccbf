import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  frameAncestors,
  securityHeaders,
  serviceWorkerHeaders,
} from '../../../deploy/security-headers';

const headers = securityHeaders("'self'");
const headersFile = readFileSync('public/_headers', 'utf8');
const nginx = readFileSync('deploy/nginx.conf', 'utf8');
/** nginx's block for the service worker, which has headers of its own, and the rest. */
const workerStart = nginx.indexOf('location = /sw.js {');
const workerLocation = nginx.slice(workerStart, nginx.indexOf('}', workerStart));
const pageLocations = nginx.replace(workerLocation, '');

describe('security headers', () => {
  it('keep scripts to the app itself and let nothing out', () => {
    const csp = contentSecurityPolicy("'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("worker-src 'self'");
  });

  it('let the service worker fetch from the app’s origin only', () => {
    expect(serviceWorkerHeaders()['Content-Security-Policy']).toBe("default-src 'none'; connect-src 'self'");
    expect(serviceWorkerHeaders()['Cache-Control']).toBe('no-cache');
  });

  it('take frame-ancestors from the deployer, defaulting to the app’s own origin', () => {
    expect(frameAncestors({})).toBe("'self'");
    expect(frameAncestors({ FRAME_ANCESTORS: 'https://clinic.example' })).toBe('https://clinic.example');
  });

  it.each(Object.entries(headers))('%s is the same in public/_headers', (name, value) => {
    expect(headersFile).toContain(`  ${name}: ${value}\n`);
  });

  it.each(Object.entries(headers))('%s is the same in every nginx location of the pages', (name, value) => {
    const lines = pageLocations.split('\n').filter((line) => line.trim().startsWith(`add_header ${name} `));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.trim()).toBe(`add_header ${name} "${value}" always;`);
  });

  it.each(Object.entries(serviceWorkerHeaders()))(
    'the service worker’s %s is in public/_headers and nginx',
    (name, value) => {
      const rule = headersFile.slice(headersFile.indexOf('\n/sw.js\n'));
      // A header the pages' /* rule already sends as it is needs no repeating there.
      if (headers[name] !== value) expect(rule).toContain(`  ${name}: ${value}\n`);
      expect(workerLocation).toContain(`add_header ${name} "${value}" always;`);
    },
  );
});
