import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, frameAncestors, securityHeaders } from '../../../deploy/security-headers';

const headers = securityHeaders("'self'");
const headersFile = readFileSync('public/_headers', 'utf8');
const nginx = readFileSync('deploy/nginx.conf', 'utf8');

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
  });

  it('take frame-ancestors from the deployer, defaulting to the app’s own origin', () => {
    expect(frameAncestors({})).toBe("'self'");
    expect(frameAncestors({ FRAME_ANCESTORS: 'https://clinic.example' })).toBe('https://clinic.example');
  });

  it.each(Object.entries(headers))('%s is the same in public/_headers', (name, value) => {
    expect(headersFile).toContain(`  ${name}: ${value}\n`);
  });

  it.each(Object.entries(headers))('%s is the same in every nginx location', (name, value) => {
    const lines = nginx.split('\n').filter((line) => line.trim().startsWith(`add_header ${name} `));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.trim()).toBe(`add_header ${name} "${value}" always;`);
  });
});
