import { lazy, Suspense, type ComponentProps } from 'react';
import type * as KioskChunk from './kiosk-chunk';

/**
 * Kiosk mode's code is fetched only when the clinic turned it on (decision 0026): every other
 * visit, the first question above all, carries none of it. Each part waits for the chunk in a
 * boundary of its own that shows nothing meanwhile, so the page around it never shows "Loading…".
 */
type KioskModule = typeof KioskChunk;

const loadKiosk = () => import('./kiosk-chunk');
const LazyKioskMode = lazy(() => loadKiosk().then((module) => ({ default: module.KioskMode })));
const LazyFinishedClear = lazy(() => loadKiosk().then((module) => ({ default: module.FinishedClear })));

export function KioskMode(props: ComponentProps<KioskModule['KioskMode']>) {
  return (
    <Suspense fallback={null}>
      <LazyKioskMode {...props} />
    </Suspense>
  );
}

export function FinishedClear(props: ComponentProps<KioskModule['FinishedClear']>) {
  return (
    <Suspense fallback={null}>
      <LazyFinishedClear {...props} />
    </Suspense>
  );
}
