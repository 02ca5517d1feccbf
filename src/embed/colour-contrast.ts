/**
 * WCAG 2 contrast, for clinic accent colours: a clinic may brand the app but must not make
 * it unreadable. The accent fills buttons with white text and draws borders on white, so it
 * needs 4.5:1 against white.
 */
export const MIN_CONTRAST = 4.5;

function channel(value: number): number {
  const s = value / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function parseHex(hex: string): [number, number, number] {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

export function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

/**
 * The clinic's colour if it is dark enough; otherwise the same hue darkened in small steps until
 * it reaches the minimum contrast (black at worst), so the brand survives and the text stays readable.
 */
export function accessibleAccent(hex: string): { colour: string; adjusted: boolean } {
  const normalised = toHex(parseHex(hex));
  if (contrastWithWhite(normalised) >= MIN_CONTRAST) return { colour: normalised, adjusted: false };
  const rgb = parseHex(normalised);
  for (let factor = 0.95; factor > 0; factor -= 0.05) {
    const darker = toHex(rgb.map((v) => v * factor) as [number, number, number]);
    if (contrastWithWhite(darker) >= MIN_CONTRAST) return { colour: darker, adjusted: true };
  }
  return { colour: '#000000', adjusted: true };
}

/** A darker shade for hover and button shadows. */
export function shade(hex: string, factor: number): string {
  return toHex(parseHex(hex).map((v) => v * factor) as [number, number, number]);
}
