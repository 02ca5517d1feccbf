import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRERENDER_GATE, PRERENDER_GATE_HASH } from '../../../deploy/prerender-gate';
import { contentSecurityPolicy } from '../../../deploy/security-headers';
import { STORAGE_KEY } from '../../../src/persistence/session-store';

/** Runs the gate as the browser would, at this URL, and says whether it hid the prerendered page. */
function gateHides(url: string, languages: readonly string[] = ['en-US']): boolean {
  document.documentElement.style.removeProperty('visibility');
  window.history.replaceState(null, '', url);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue([...languages]);
  new Function(PRERENDER_GATE)();
  return document.documentElement.style.visibility === 'hidden';
}

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.style.removeProperty('visibility');
});

describe('the prerender gate', () => {
  it.each(['/', '/?lang=en', '/#/intro', '/?accent=%23005ea5', '/?intro=true'])('shows the English start page for %s', (url) => {
    expect(gateHides(url)).toBe(false);
  });

  it.each([
    ['/#/area', 'a page other than the start'],
    ['/?lang=es', 'Spanish'],
    ['/?lang=fr', 'an unknown language, which the app resolves itself'],
    ['/?clinic=Riverside', "a clinic name in the header"],
    ['/?contact=tel%3A%2B15555550123', 'a contact link in the header'],
    ['/?intro=false', 'no start page'],
  ])('hides it for %s: %s', (url) => {
    expect(gateHides(url)).toBe(true);
  });

  it('hides it for a Spanish browser, unless the clinic says English', () => {
    expect(gateHides('/', ['es-MX', 'en-US'])).toBe(true);
    expect(gateHides('/', ['fr-FR', 'es-ES'])).toBe(true);
    expect(gateHides('/?lang=en', ['es-MX'])).toBe(false);
    expect(gateHides('/', ['fr-FR', 'en-GB'])).toBe(false);
  });

  it('hides it when this tab has saved progress (the app will open where the patient was)', () => {
    window.sessionStorage.setItem(STORAGE_KEY, '{}');
    expect(gateHides('/')).toBe(true);
  });

  it('hides it when storage cannot be read, the safe side', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(gateHides('/')).toBe(true);
  });

  it('is allowed by the CSP by its hash, and no other inline script is', () => {
    const csp = contentSecurityPolicy("'self'");
    expect(csp).toContain(`script-src 'self' ${PRERENDER_GATE_HASH}`);
    expect(csp).not.toContain("'unsafe-inline'");
  });
});
