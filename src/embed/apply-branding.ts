import { shade } from './colour-contrast';
import type { Settings } from './settings-schema';

/** Paints the clinic's (already contrast-checked) accent through CSS variables, never through markup. */
export function applyBranding(settings: Settings, root: HTMLElement = document.documentElement) {
  if (!settings.accent) return;
  root.style.setProperty('--accent', settings.accent);
  root.style.setProperty('--button', settings.accent);
  root.style.setProperty('--button-hover', shade(settings.accent, 0.8));
  root.style.setProperty('--button-shadow', shade(settings.accent, 0.4));
}
