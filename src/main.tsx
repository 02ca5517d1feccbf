import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { applyBranding } from './embed/apply-branding';
import { createHostMessenger } from './embed/host-messenger';
import { parseSettings } from './embed/settings-schema';
import { placeFromHash } from './flow/place-url';
import { chooseLocale } from './i18n/choose-locale';
import { I18nProvider } from './i18n/i18n-context';
import { loadMessages } from './i18n/load-messages';
import { loadStartPage } from './pages/lazy-start-page';
import { loadSession, sessionKey, type LoadResult } from './persistence/session-store';
import { PRERENDERED_ATTRIBUTE, prerenderedView } from './prerender/prerendered-views';
import { typedBeforeApp } from './prerender/typed-before-app';
import './styles/app.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into');

// The clinic's settings: anything invalid is dropped with a warning and the default used.
const { settings, warnings } = parseSettings(window.location.search);
for (const warning of warnings) console.warn(`[calf-ankle-prep] ${warning}`);
applyBranding(settings);

const messenger = createHostMessenger(settings.hostOrigin);
// Progress saved in this tab (a reload) comes back; the URL fragment says which page to show. On
// a clinic tablet (kiosk) it never does: it may be the last person's, and the app clears it.
const saved: LoadResult = settings.kiosk ? { status: 'empty' } : loadSession(sessionKey(settings));
const session = saved.status === 'restored' ? saved.session : undefined;
const locale = chooseLocale({ saved: session?.locale, clinic: settings.language, browser: navigator.languages });
// Before the first paint, so assistive technology never meets the page under the wrong language.
document.documentElement.lang = locale;

// The start page's code is a chunk of its own (decision 0023). When it is the likely first page,
// ask for it now, beside the catalog, rather than after the first render. A failure is left for
// the page itself to meet (it asks again when shown).
const startPageFirst =
  settings.showIntro &&
  (settings.kiosk || (placeFromHash(window.location.hash) ?? session?.place ?? 'intro') === 'intro');
if (startPageFirst) loadStartPage().catch(() => undefined);

// Only the active language's catalog is fetched, and it arrives before the first render, so no
// page ever shows in one language and then another.
void loadMessages(locale).then(async (messages) => {
  // The URL fragment is read only now: "Start now" on the prerendered page is a plain link, and
  // the patient may have followed it while the app was still on its way.
  // With no start page (intro=false) the machine sends 'intro' on to the first question.
  // Kiosk mode always opens on the start page: a page in the URL is the last person's.
  const startPlace = settings.kiosk ? 'intro' : (placeFromHash(window.location.hash) ?? session?.place ?? 'intro');

  // index.html holds the start page and the first question prerendered in both languages, and the
  // inline gate (deploy/prerender-gate.ts) has shown the one it expects the app to open on and
  // removed the others, or hidden them all. Hydrate that page when it is exactly what the app is
  // about to show; otherwise replace it (the gate has kept the document hidden meanwhile, or the
  // patient has followed "Start now" since) in the same task, so nothing flashes.
  const shownView = document.documentElement.dataset.view;
  const appView = prerenderedView({
    locale,
    place: startPlace,
    showIntro: settings.showIntro,
    freshTab: saved.status === 'empty',
    headerFromClinic: Boolean(settings.clinicName ?? settings.contact),
  });
  const prerendered =
    appView !== undefined && appView === shownView
      ? root.querySelector<HTMLElement>(`:scope > [${PRERENDERED_ATTRIBUTE}="${appView}"]`)
      : null;
  // The gate showed a page, yet the app opens on another: the patient followed "Start now" before
  // the app arrived. Their focus left with that page, so the page they reached takes it.
  const leftPrerenderedPage = shownView !== undefined && appView !== shownView;
  // A Continue the gate held back, pressed on that page before the app came: the page presses it again.
  const continueHeld = prerendered !== null && document.documentElement.hasAttribute('data-held');
  document.documentElement.removeAttribute('data-held');

  const app = (
    <StrictMode>
      <I18nProvider locale={locale} messages={messages}>
        <App
          initialAnswers={session?.answers}
          initialPlace={startPlace}
          restoreFailed={saved.status === 'discarded'}
          settings={settings}
          messenger={messenger}
          chosenLocale={session?.locale}
          initialDetails={session?.details}
          focusHeadingOnOpen={leftPrerenderedPage}
          typedBeforeApp={prerendered ? typedBeforeApp(prerendered) : undefined}
          continueHeld={continueHeld}
        />
      </I18nProvider>
    </StrictMode>
  );
  // Hydrating need not wait for the start page's chunk: React keeps the prerendered page as it is
  // inside its Suspense boundary, hydrates the rest (header, language switch) now and the page once
  // the chunk has come, while "Start now" works as a link and a file can be chosen meanwhile.
  // From here on the app handles "Start now", Back and Continue: the gate stops standing in for it.
  delete document.documentElement.dataset.view;
  if (prerendered) {
    // The first question the gate kept hidden beside the start page, for "Start now" before the app came.
    for (const other of root.querySelectorAll(`:scope > [${PRERENDERED_ATTRIBUTE}]`))
      if (other !== prerendered) other.remove();
    // As a transition, hydration yields to the browser every few milliseconds instead of holding
    // the main thread in one long task: the page is already on screen, and a click meanwhile is
    // replayed once its part is hydrated.
    startTransition(() => {
      hydrateRoot(prerendered, app);
    });
  } else {
    // Rendered now, the start page would show "Loading…" for a moment, then itself. The gate keeps
    // the document hidden until this render, so waiting for the chunk (already on its way) shows
    // the page once, whole. Offline before it came, the page shows "Loading…" and asks again.
    if (startPlace === 'intro' && settings.showIntro) await loadStartPage().catch(() => undefined);
    root.replaceChildren();
    createRoot(root).render(app);
  }
  document.documentElement.style.removeProperty('visibility');
});
