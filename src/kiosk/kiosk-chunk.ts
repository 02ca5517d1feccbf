/**
 * What only kiosk mode needs, as one chunk of its own (decision 0026), with both languages' kiosk
 * words and its stylesheet: fetched only when the clinic's `kiosk` setting is on. Imported only
 * through `lazy-kiosk.tsx`, never statically, or the bundler would put it into the entry chunk.
 */
export { KioskMode } from './kiosk-mode';
export { FinishedClear } from './finished-clear';
