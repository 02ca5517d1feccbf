import { updateMode } from './update-decision';
import { showUpdateNotice } from './update-notice';

/**
 * Registers the offline worker (dist/sw.js, decision 0025) and lets a newer version in without
 * losing answers. Only in a build (the dev server has no sw.js) and only in a top-level window:
 * never in a clinic's iframe, where a worker would outlive the clinic's page and sit in a storage
 * partition of its own. A clinic that wants offline links to the app instead.
 */
export function startOffline(): void {
  if (!import.meta.env.PROD || window.top !== window || !('serviceWorker' in navigator)) return;
  const workers = navigator.serviceWorker;

  let updating = false;
  const activate = (worker: ServiceWorker) => {
    // The new worker takes over, then the page reloads into its version, at the same place with
    // the same answers. Only after an update: the first worker taking charge changes nothing seen.
    workers.addEventListener('controllerchange', () => {
      if (updating) return;
      updating = true;
      window.location.reload();
    });
    worker.postMessage('skip-waiting');
  };
  // A worker waiting behind the one in charge is a new version; with no worker in charge it is
  // the first one, which activates by itself.
  const waiting = (worker: ServiceWorker) => {
    if (!workers.controller) return;
    if (updateMode(window.location.hash) === 'quiet') activate(worker);
    else showUpdateNotice(() => activate(worker));
  };
  const followed = new WeakSet<ServiceWorker>();
  const follow = (worker: ServiceWorker) => {
    // The same worker can be both `installing` at registration and the subject of `updatefound`.
    if (followed.has(worker)) return;
    followed.add(worker);
    if (worker.state === 'installed') waiting(worker);
    else
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed') waiting(worker);
      });
  };

  // The manifest that makes the app installable, linked only now rather than in index.html: the
  // browser fetches a linked manifest at once, and a request that ends before the first paint is
  // counted into Lighthouse's estimate of that paint (0.75 s became 0.9 s; see decision 0008).
  // Relative, so the app works from any sub-path.
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = './manifest.webmanifest';
  document.head.append(manifest);

  // Relative, so the app works from any sub-path; the scope is the app's folder.
  workers.register('./sw.js', { scope: './' }).then(
    // Typed as the standard has it, yet a blocked registration can resolve with nothing
    // (Playwright's `serviceWorkers: 'block'` does): then there is nothing to follow.
    (registration: ServiceWorkerRegistration | undefined) => {
      if (!registration) return;
      const pending = registration.waiting ?? registration.installing;
      if (pending) follow(pending);
      registration.addEventListener('updatefound', () => {
        if (registration.installing) follow(registration.installing);
      });
    },
    (error: unknown) => console.warn('[calf-ankle-prep] Could not set up offline use', error),
  );
}
