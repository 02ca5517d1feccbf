import { describe, expect, it } from 'vitest';
import { contrastWithWhite, MIN_CONTRAST } from '../../../src/embed/colour-contrast';
import { DEFAULT_SETTINGS, parseSettings, SETTING_PARAMS } from '../../../src/embed/settings-schema';

/** The query string for these settings (values are URL-encoded, as the host snippet does). */
function query(values: Record<string, string>): string {
  return `?${new URLSearchParams(values).toString()}`;
}

function parse(values: Record<string, string>) {
  return parseSettings(query(values));
}

/** Exactly one warning, naming the setting and giving the reason. */
function expectOneWarning(warnings: string[], setting: string, reason: string | RegExp) {
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain(`Setting "${setting}"`);
  if (typeof reason === 'string') expect(warnings[0]).toContain(reason);
  else expect(warnings[0]).toMatch(reason);
}

describe('parseSettings: nothing given', () => {
  it('uses the defaults and warns about nothing', () => {
    expect(parseSettings('')).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
    expect(parseSettings('?')).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
  });

  it('ignores parameters it does not know', () => {
    expect(parse({ colour: 'red', utm_source: 'mail' })).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
  });

  it('uses the documented parameter names', () => {
    expect(SETTING_PARAMS).toEqual({
      clinicName: 'clinic',
      accent: 'accent',
      contact: 'contact',
      emergencyNumber: 'emergency',
      language: 'lang',
      showIntro: 'intro',
      hostOrigin: 'host',
      allowSharing: 'share',
      embedId: 'embed',
      kiosk: 'kiosk',
      idleMinutes: 'idle',
    });
  });
});

describe('parseSettings: kiosk and idle (a clinic tablet)', () => {
  it('is off unless asked for, with no idle time of its own (the kiosk code uses 3 minutes)', () => {
    const { settings } = parseSettings('');
    expect(settings.kiosk).toBeUndefined();
    expect(settings.idleMinutes).toBeUndefined();
  });

  it('takes kiosk as a flag and idle as whole minutes from 1 to 30', () => {
    expect(parse({ kiosk: 'true', idle: '1' })).toEqual({
      settings: { ...DEFAULT_SETTINGS, kiosk: true, idleMinutes: 1 },
      warnings: [],
    });
    expect(parse({ kiosk: 'yes', idle: '30' }).settings).toMatchObject({ kiosk: true, idleMinutes: 30 });
    expect(parse({ kiosk: 'false', idle: '12' }).settings).toMatchObject({ kiosk: false, idleMinutes: 12 });
  });

  it.each(['0', '31', '2.5', '-3', '03', ' 3', 'three', '', '1e1'])(
    'drops idle=%j with a warning naming it',
    (idle) => {
      const { settings, warnings } = parse({ kiosk: 'true', idle });
      expect(settings.kiosk).toBe(true);
      expect(settings.idleMinutes).toBeUndefined();
      expectOneWarning(warnings, 'idle', 'it is not a whole number of minutes from 1 to 30');
    },
  );

  it('drops a kiosk value that is not true or false, with a warning naming it', () => {
    const { settings, warnings } = parse({ kiosk: 'on' });
    expect(settings.kiosk).toBeUndefined();
    expectOneWarning(warnings, 'kiosk', 'it is not true or false');
  });
});

describe('parseSettings: clinic', () => {
  it('takes a plain name, trimmed', () => {
    const { settings, warnings } = parse({ clinic: '  Riverside Plastic Surgery ' });
    expect(settings.clinicName).toBe('Riverside Plastic Surgery');
    expect(warnings).toEqual([]);
  });

  it('keeps punctuation and letters beyond ASCII', () => {
    const name = 'Clínica Dr. Pérez & O’Brien (Zürich) – “Beine”';
    expect(parse({ clinic: name }).settings.clinicName).toBe(name);
  });

  it('takes 80 characters', () => {
    const name = 'A'.repeat(80);
    expect(parse({ clinic: name })).toMatchObject({ settings: { clinicName: name }, warnings: [] });
  });

  it('is missing: no name', () => {
    expect(parse({}).settings.clinicName).toBeUndefined();
  });

  it.each([
    ['81 characters', 'A'.repeat(81), 'it is longer than 80 characters'],
    ['empty', '', 'it is empty'],
    ['only spaces', '   ', 'it is empty'],
    ['markup <b>', '<b>x</b>', 'it contains < or >, which look like markup'],
    ['a script tag', '<script>alert(1)</script>', 'it contains < or >, which look like markup'],
    ['an unclosed tag', 'Clinic <img src=x onerror=alert(1)', 'it contains < or >, which look like markup'],
    ['a lone >', 'Clinic > Other', 'it contains < or >, which look like markup'],
    ['a NUL character', 'Clinic\u0000Name', 'it contains control characters'],
    ['a bell character', 'Clinic\u0007', 'it contains control characters'],
    ['a line break inside', 'Riverside\nPlastic Surgery', 'it contains control characters'],
    ['a right-to-left override', 'Clinic \u202Egnp.exe', 'it contains control characters'],
    ['a zero-width space', 'Clin\u200Bic', 'it contains control characters'],
    ['only combining marks', '\u0301\u0308\u0327', 'it has no visible characters'],
    ['only Hangul fillers', '\u3164\u3164', 'it has no visible characters'],
    ['only blank Braille patterns', '\u2800\u2800', 'it has no visible characters'],
    ['a filler with a combining mark', '\u3164\u0301', 'it has no visible characters'],
  ])('refuses a name with %s, with a warning naming "clinic"', (_case, name, reason) => {
    const { settings, warnings } = parse({ clinic: name });
    expect(settings.clinicName).toBeUndefined();
    expectOneWarning(warnings, 'clinic', reason);
  });

  it('leaves the other settings alone when the name is refused', () => {
    const { settings } = parse({ clinic: '<b>x</b>', accent: '#005ea5', lang: 'es' });
    expect(settings).toMatchObject({ clinicName: undefined, accent: '#005ea5', language: 'es' });
  });
});

describe('parseSettings: accent', () => {
  it('takes a dark enough #rrggbb colour unchanged, without a warning', () => {
    expect(parse({ accent: '#005ea5' })).toMatchObject({ settings: { accent: '#005ea5' }, warnings: [] });
  });

  it('takes #rgb and upper case, written out as lower-case #rrggbb', () => {
    expect(parse({ accent: '#036' })).toMatchObject({ settings: { accent: '#003366' }, warnings: [] });
    expect(parse({ accent: '#00594F' })).toMatchObject({ settings: { accent: '#00594f' }, warnings: [] });
  });

  it('is missing: no accent (the stylesheet colours stay)', () => {
    expect(parse({}).settings.accent).toBeUndefined();
  });

  it.each([
    ['a colour name', 'red'],
    ['five hex digits', '#12345'],
    ['no #', '1d70b8'],
    ['non-hex digits', '#12345g'],
    ['eight hex digits (alpha)', '#1d70b8ff'],
    ['a javascript: URL', 'javascript:'],
    ['a javascript: URL with code', 'javascript:alert(1)'],
    ['a CSS function', 'rgb(0,0,0)'],
    ['CSS injection', '#000;background:url(https://evil.example/)'],
    ['an empty value', ''],
  ])('refuses %s, with a warning naming "accent"', (_case, value) => {
    const { settings, warnings } = parse({ accent: value });
    expect(settings.accent).toBeUndefined();
    expectOneWarning(warnings, 'accent', 'it is not a hex colour like #1d70b8');
  });

  it('darkens a light colour (#ffff00) until white text on it reaches 4.5:1, with a warning', () => {
    const { settings, warnings } = parse({ accent: '#ffff00' });
    expect(settings.accent).toMatch(/^#[0-9a-f]{6}$/);
    expect(settings.accent).not.toBe('#ffff00');
    expect(contrastWithWhite(settings.accent as string)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expectOneWarning(warnings, 'accent', `was darkened from #ffff00 to ${settings.accent}`);
    expect(warnings[0]).toContain('WCAG AA');
  });

  it.each(['#ffffff', '#fff', '#00ff00', '#f47738', '#777777'])('darkens %s enough', (light) => {
    const { settings, warnings } = parse({ accent: light });
    expect(contrastWithWhite(settings.accent as string)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expectOneWarning(warnings, 'accent', 'was darkened');
  });
});

describe('parseSettings: contact', () => {
  it.each([
    ['a tel: number with spaces', 'tel:+1 555 0100'],
    ['a tel: number without +', 'tel:5555550123'],
    ['a tel: number with brackets and dashes', 'tel:+1 (555) 555-0123'],
    ['an https: page', 'https://www.example-clinic.com/contact'],
    ['an https: page with a query', 'https://www.example-clinic.com/contact?from=prep'],
  ])('takes %s', (_case, value) => {
    expect(parse({ contact: value })).toMatchObject({ settings: { contact: value }, warnings: [] });
  });

  it.each([
    ['an https: address without slashes', 'https:evil.example', 'https://evil.example/'],
    [
      'an https: address with a host in capitals',
      'HTTPS://Example-Clinic.COM/Contact',
      'https://example-clinic.com/Contact',
    ],
    ['an https: address with spaces around', '  https://example-clinic.com  ', 'https://example-clinic.com/'],
  ])('takes %s as the browser parses it, so what is shown is what is followed', (_case, value, parsed) => {
    expect(parse({ contact: value })).toMatchObject({ settings: { contact: parsed }, warnings: [] });
  });

  it('is missing: no contact', () => {
    expect(parse({}).settings.contact).toBeUndefined();
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a javascript: URL in upper case', 'JAVASCRIPT:alert(1)'],
    ['an http: address', 'http://x'],
    ['https: with a user name and password', 'https://user:pw@x'],
    ['https: with a user name', 'https://user@x.example'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a bare data: scheme', 'data:'],
    ['a mailto: address', 'mailto:front-desk@example-clinic.com'],
    ['a relative path', '/contact'],
    ['a tel: number with letters', 'tel:1-800-FLOWERS'],
    ['a tel: number too short', 'tel:12'],
    ['an empty tel:', 'tel:'],
    ['plain text', 'call us'],
  ])('refuses %s, with a warning naming "contact"', (_case, value) => {
    const { settings, warnings } = parse({ contact: value });
    expect(settings.contact).toBeUndefined();
    expectOneWarning(warnings, 'contact', 'it is neither an https: address nor a tel: number');
  });
});

describe('parseSettings: embed', () => {
  it.each(['embed-1', 'riverside_calves', 'A'.repeat(64)])('takes %s', (value) => {
    expect(parse({ embed: value })).toMatchObject({ settings: { embedId: value }, warnings: [] });
  });

  it.each(['', '../other', 'a b', 'A'.repeat(65), 'embed:1'])(
    'refuses "%s", with a warning naming "embed"',
    (value) => {
      const { settings, warnings } = parse({ embed: value });
      expect(settings.embedId).toBeUndefined();
      expectOneWarning(warnings, 'embed', 'it is not 1 to 64 letters, digits, - or _');
    },
  );
});

describe('parseSettings: emergency', () => {
  it.each(['911', '999', '112', '000', '+44 999', ' 1 1 2 '])('takes %j, trimmed', (emergency) => {
    expect(parse({ emergency })).toMatchObject({ settings: { emergencyNumber: emergency.trim() }, warnings: [] });
  });

  it('is missing: left unset, so the region of the language decides', () => {
    expect(parse({}).settings.emergencyNumber).toBeUndefined();
  });

  it.each(['', 'call 911', 'tel:911', '++911', '91a1', '1'.repeat(21), '9-1-1', '+'])(
    'refuses %j and leaves it unset, with a warning naming "emergency"',
    (emergency) => {
      const { settings, warnings } = parse({ emergency });
      expect(settings.emergencyNumber).toBeUndefined();
      expectOneWarning(warnings, 'emergency', 'it is not a phone number');
    },
  );
});

describe('parseSettings: lang', () => {
  it.each(['en', 'es'] as const)('takes %s', (lang) => {
    expect(parse({ lang })).toMatchObject({ settings: { language: lang }, warnings: [] });
  });

  it('is missing: left unset, so the browser preference decides', () => {
    expect(parse({}).settings.language).toBeUndefined();
  });

  it.each(['fr', 'EN', 'en-GB', ''])(
    'refuses %j and leaves the language unset, with a warning naming "lang"',
    (lang) => {
      const { settings, warnings } = parse({ lang });
      expect(settings.language).toBeUndefined();
      expectOneWarning(warnings, 'lang', 'it is not one of en, es');
    },
  );
});

describe('parseSettings: intro', () => {
  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['no', false],
  ] as const)('reads %s as %s', (value, expected) => {
    expect(parse({ intro: value })).toMatchObject({ settings: { showIntro: expected }, warnings: [] });
  });

  it('is missing: the start page is shown', () => {
    expect(parse({}).settings.showIntro).toBe(true);
  });

  it.each(['maybe', 'off', ''])('refuses %j and shows the start page, with a warning naming "intro"', (value) => {
    const { settings, warnings } = parse({ intro: value });
    expect(settings.showIntro).toBe(true);
    expectOneWarning(warnings, 'intro', 'it is not true or false');
  });
});

describe('parseSettings: host', () => {
  it.each([
    'https://www.example-clinic.com',
    'https://a.example:8443',
    'http://127.0.0.1:4300',
    'http://localhost:4300',
    'http://[::1]:4300',
  ])('takes the origin %s', (host) => {
    expect(parse({ host })).toMatchObject({ settings: { hostOrigin: host }, warnings: [] });
  });

  it('is missing: no host, so no messages', () => {
    expect(parse({}).settings.hostOrigin).toBeUndefined();
  });

  it.each([
    ['a path', 'https://a.example/path'],
    ['a trailing slash', 'https://a.example/'],
    ['a query', 'https://a.example?x=1'],
    ['http: on another machine', 'http://evil.example'],
    ['http: on a private address', 'http://192.168.1.10'],
    ['the wildcard', '*'],
    ['the opaque origin', 'null'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a bare host name', 'www.example-clinic.com'],
    ['user info', 'https://user@a.example'],
  ])('refuses %s, with a warning naming "host"', (_case, host) => {
    const { settings, warnings } = parse({ host });
    expect(settings.hostOrigin).toBeUndefined();
    expectOneWarning(warnings, 'host', 'it is not an origin like https://www.example-clinic.com');
  });
});

describe('parseSettings: share', () => {
  const host = 'https://www.example-clinic.com';

  it.each(['true', '1', 'yes'])('share=%s with a host: sharing on', (share) => {
    expect(parse({ share, host })).toMatchObject({ settings: { allowSharing: true, hostOrigin: host }, warnings: [] });
  });

  it('share=false with a host: sharing off', () => {
    expect(parse({ share: 'false', host })).toMatchObject({ settings: { allowSharing: false }, warnings: [] });
  });

  it('is missing: sharing off', () => {
    expect(parse({ host }).settings.allowSharing).toBe(false);
  });

  it('refuses a value that is not a flag, with a warning naming "share"', () => {
    const { settings, warnings } = parse({ share: 'please', host });
    expect(settings.allowSharing).toBe(false);
    expectOneWarning(warnings, 'share', 'it is not true or false');
  });

  it('share=true without a host is ignored, with a warning naming "share" and "host"', () => {
    const { settings, warnings } = parse({ share: 'true' });
    expect(settings.allowSharing).toBe(false);
    expectOneWarning(warnings, 'share', 'sharing needs the "host" setting');
  });

  it('share=true with a refused host is ignored too, with a warning for each', () => {
    const { settings, warnings } = parse({ share: 'true', host: 'http://evil.example' });
    expect(settings).toMatchObject({ allowSharing: false, hostOrigin: undefined });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('Setting "host"');
    expect(warnings[1]).toContain('Setting "share" was ignored: sharing needs the "host" setting');
  });
});

describe('parseSettings: everything at once', () => {
  it('reads the query string the host snippet builds', () => {
    const { settings, warnings } = parseSettings(
      '?clinic=Riverside+Plastic+Surgery&accent=%2300594f&contact=tel%3A%2B15555550123&share=true&host=http%3A%2F%2F127.0.0.1%3A4300',
    );
    expect(warnings).toEqual([]);
    expect(settings).toEqual({
      clinicName: 'Riverside Plastic Surgery',
      accent: '#00594f',
      contact: 'tel:+15555550123',
      language: undefined,
      showIntro: true,
      hostOrigin: 'http://127.0.0.1:4300',
      allowSharing: true,
    });
  });

  it('drops each bad setting on its own, with one warning each, and keeps the good ones', () => {
    const { settings, warnings } = parse({
      clinic: '<script>x</script>',
      accent: 'notacolour',
      contact: 'javascript:alert(1)',
      lang: 'xx',
      intro: 'perhaps',
      host: 'https://a.example/path',
      share: 'true',
    });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warnings.map((warning) => /^Setting "(\w+)"/.exec(warning)?.[1])).toEqual([
      'clinic',
      'accent',
      'contact',
      'lang',
      'intro',
      'host',
      'share',
    ]);
  });
});
