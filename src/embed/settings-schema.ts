import { z } from 'zod/mini';
import { LOCALES, type Locale } from '../i18n/locales';
import { accessibleAccent } from './colour-contrast';

/**
 * The settings a clinic passes in the iframe's URL. Each is checked on its own: a bad value is
 * dropped with a warning naming the setting, and the app carries on with the default. Nothing
 * from the URL is ever rendered as markup (React renders it as text; links are checked here).
 */

export interface Settings {
  /** Shown in the header of every page and on the printout. */
  clinicName?: string;
  /** Buttons, header stripe and point borders; already adjusted to pass contrast. */
  accent?: string;
  /** An https: address or a tel: number, shown as "Contact <clinic>". */
  contact?: string;
  /** The emergency number the patient is told to call; unset, the region of their language decides. */
  emergencyNumber?: string;
  /** The language to open in; unset, the browser's preference decides. */
  language?: Locale;
  showIntro: boolean;
  /** The origin of the page that embeds the app: the only one it ever posts messages to. */
  hostOrigin?: string;
  /** The clinic allows the patient to send their summary to it (the patient must still press the button). */
  allowSharing: boolean;
  /** Which embed on the host page this is (set by embed.js), so each keeps its own progress. */
  embedId?: string;
  /** A clinic tablet: no resume, and answers cleared after `idleMinutes` without input (decision 0026). */
  kiosk?: boolean;
  /** Minutes without input before the "Are you still there?" warning, 1 to 30; unset, 3. */
  idleMinutes?: number;
}

export const DEFAULT_SETTINGS: Settings = { showIntro: true, allowSharing: false };

/**
 * A character that draws something: not a space, control, format or combining mark, not one that
 * Unicode says to ignore (Hangul fillers), and not the blank Braille pattern.
 */
const VISIBLE = /[^\p{Z}\p{C}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

const clinicName = z.string().check(
  z.trim(),
  z.minLength(1, { error: 'it is empty' }),
  z.maxLength(80, { error: 'it is longer than 80 characters' }),
  z.refine((name: string) => !/[<>]/.test(name), { error: 'it contains < or >, which look like markup' }),
  // Control characters have no place in a name and can hide text direction tricks.
  z.refine((name: string) => !/[\p{Cc}\p{Cf}]/u.test(name), { error: 'it contains control characters' }),
  // A name of combining marks, fillers or blank symbols would show as an empty header.
  z.refine((name: string) => VISIBLE.test(name), { error: 'it has no visible characters' }),
);

const accent = z
  .string()
  .check(z.trim(), z.regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, { error: 'it is not a hex colour like #1d70b8' }));

const TEL = /^tel:\+?[0-9][0-9 ().-]{2,24}$/;
const NOT_CONTACT = 'it is neither an https: address nor a tel: number';

// Not URL.canParse: older phones in waiting rooms lack it.
function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * A tel: number as given, or an https: address as the browser parses it (`https:evil.example`
 * becomes `https://evil.example/`), so what the patient sees and follows is the same address.
 */
const contact = z.pipe(
  z.string().check(z.trim()),
  z.transform((value: string, ctx): string => {
    if (TEL.test(value)) return value;
    const url = parseUrl(value);
    if (url && url.protocol === 'https:' && url.username === '' && url.password === '') return url.href;
    ctx.issues.push({ code: 'custom', input: value, message: NOT_CONTACT });
    return z.NEVER;
  }),
);

/** A number to dial: digits, an optional leading +, spaces for reading; short, like 911 or +44 20 7946 0000. */
const emergencyNumber = z
  .string()
  .check(
    z.trim(),
    z.regex(/^\+?[0-9](?:[0-9 ]{0,18}[0-9])?$/, { error: 'it is not a phone number of up to 20 digits and spaces' }),
  );

const language = z.enum(LOCALES, { error: `it is not one of ${LOCALES.join(', ')}` });

const flag = z.pipe(
  z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'it is not true or false' }),
  z.transform((v: 'true' | 'false' | '1' | '0' | 'yes' | 'no') => v === 'true' || v === '1' || v === 'yes'),
);

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

const hostOrigin = z.string().check(
  z.trim(),
  z.refine(
    (value: string) => {
      try {
        const url = new URL(value);
        // Exactly an origin (no path), over https, or http on this machine for development.
        return (
          url.origin === value && (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname)))
        );
      } catch {
        return false;
      }
    },
    { error: 'it is not an origin like https://www.example-clinic.com' },
  ),
);

const idleMinutes = z.pipe(
  z.string().check(z.regex(/^([1-9]|[12]\d|30)$/, { error: 'it is not a whole number of minutes from 1 to 30' })),
  z.transform(Number),
);

const embedId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'it is not 1 to 64 letters, digits, - or _' }));

/** URL parameter names, as documented in docs/embedding.md. */
export const SETTING_PARAMS = {
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
} as const satisfies Record<keyof Settings, string>;

export interface ParsedSettings {
  settings: Settings;
  /** One line per dropped or adjusted setting, for the console. */
  warnings: string[];
}

export function parseSettings(search: string): ParsedSettings {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS };

  function read<T>(key: keyof Settings, schema: z.ZodMiniType<T>): T | undefined {
    const name = SETTING_PARAMS[key];
    const raw = params.get(name);
    if (raw === null) return undefined;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    warnings.push(`Setting "${name}" was ignored: ${result.error.issues[0]?.message ?? 'it is not valid'}.`);
    return undefined;
  }

  settings.clinicName = read('clinicName', clinicName);
  const colour = read('accent', accent);
  if (colour) {
    const checked = accessibleAccent(colour);
    if (checked.adjusted) {
      warnings.push(
        `Setting "accent" was darkened from ${colour} to ${checked.colour} so that text on it stays readable (WCAG AA).`,
      );
    }
    settings.accent = checked.colour;
  }
  settings.contact = read('contact', contact);
  settings.emergencyNumber = read('emergencyNumber', emergencyNumber);
  settings.language = read('language', language);
  settings.showIntro = read('showIntro', flag) ?? DEFAULT_SETTINGS.showIntro;
  settings.hostOrigin = read('hostOrigin', hostOrigin);
  settings.allowSharing = read('allowSharing', flag) ?? DEFAULT_SETTINGS.allowSharing;
  settings.embedId = read('embedId', embedId);
  settings.kiosk = read('kiosk', flag);
  settings.idleMinutes = read('idleMinutes', idleMinutes);
  if (settings.allowSharing && !settings.hostOrigin) {
    warnings.push('Setting "share" was ignored: sharing needs the "host" setting, the page to send the summary to.');
    settings.allowSharing = false;
  }
  return { settings, warnings };
}
