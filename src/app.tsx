import { useMachine } from '@xstate/react';
import { Fragment, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { Answers, StepAnswer } from './answers/answers';
import { NO_DETAILS, type ConsultationDetails } from './answers/consultation-details';
import { isStepId } from './answers/step-ids';
import { PAGE_HEADING_ID } from './components/page-heading';
import { focusInPlace } from './components/focus-in-place';
import { StartAgain } from './components/start-again';
import { UrgentBanner } from './components/urgent-banner';
import { EmergencyNumberContext } from './components/emergency-number';
import { QUESTION_PAGES } from './answers/question-pages';
import { routeProgress } from './flow/route-progress';
import { placeOf, questionnaireMachine } from './flow/questionnaire-machine';
import { activeAnswers, type Place } from './flow/route';
import { useBrowserHistory } from './flow/use-browser-history';
import { FinishedClear, KioskMode } from './kiosk/lazy-kiosk';
import { urgentPoints } from '../rules/urgent-points';
import { BodySizePage } from './pages/body-size-page';
import { GetHelpPage } from './pages/get-help-page';
import { IntroPage, LoadedFileNotice, usePrefetchStartPage } from './pages/lazy-start-page';
import type { LoadedFileProblems } from './pages/loaded-file-notice';
import type { LoadedFile } from './pages/use-saved-file';
import { useDoubleClickGuard } from './pages/use-double-click-guard';
import { QuestionPage } from './pages/question-page';
import type { TypedBeforeApp } from './content/form-values';
import { sessionKey } from './persistence/session-store';
import { useSessionPersistence } from './persistence/use-session-persistence';
import { createHostMessenger, type HostMessenger } from './embed/host-messenger';
import { DEFAULT_SETTINGS, type Settings } from './embed/settings-schema';
import { useHostMessages } from './embed/use-host-messages';
import { AboutLink } from './components/about-link';
import { ClinicContact } from './components/clinic-contact';
import { ReportMistake } from './components/report-mistake';
import { LanguageSwitch } from './components/language-switch';
import { LoadingPage } from './components/loading-page';
import { CheckAnswersPage, OptionsPage, SummaryPage, usePrefetchEndPages } from './pages/lazy-end-pages';
import { chooseLocale, defaultUnits } from './i18n/choose-locale';
import { emergencyNumber } from './i18n/emergency-number';
import { fill } from './i18n/fill';
import { useI18n } from './i18n/i18n-context';
import type { Locale } from './i18n/locales';

export interface AppProps {
  /** Answers to start from (a restored session, or a test); none by default. */
  initialAnswers?: Answers;
  /** The page to open (from the URL or a restored session), if the answers reach it. */
  initialPlace?: Place;
  /** Saved progress could not be trusted and was cleared: say so once. */
  restoreFailed?: boolean;
  /** The clinic's settings from the iframe URL, already checked. */
  settings?: Settings;
  /** Posts to the embedding page; disabled when not framed or no host origin was given. */
  messenger?: HostMessenger;
  /** The language the patient picked earlier in this tab, if they did (kept with the session). */
  chosenLocale?: Locale;
  /** The summary's header and print choices from earlier in this tab, if they were changed. */
  initialDetails?: ConsultationDetails;
  /** The browser's preferred languages, for the default units; `navigator.languages` unless a test says otherwise. */
  browserLanguages?: readonly string[];
  /**
   * The patient followed "Start now" (a plain link) on the prerendered start page before the app
   * had loaded: their focus left with that page, so the page they reached takes it at its heading.
   */
  focusHeadingOnOpen?: boolean;
  /**
   * What the patient chose on the prerendered first question before the app had come (main.tsx
   * reads it from the page before hydrating it): that page's form starts from it, not blank.
   */
  typedBeforeApp?: TypedBeforeApp;
  /** Continue was pressed on that page before the app came (the gate held it): the page presses it again. */
  continueHeld?: boolean;
}

const NO_HOST = createHostMessenger(undefined);

export function App({
  initialAnswers,
  initialPlace,
  restoreFailed = false,
  settings = DEFAULT_SETTINGS,
  messenger = NO_HOST,
  chosenLocale: initialChosenLocale,
  initialDetails = NO_DETAILS,
  browserLanguages = navigator.languages,
  focusHeadingOnOpen = false,
  typedBeforeApp,
  continueHeld = false,
}: AppProps = {}) {
  const i18n = useI18n();
  const { messages } = i18n;
  const ui = messages.ui;
  const [chosenLocale, setChosenLocale] = useState(initialChosenLocale);
  const [details, setDetails] = useState(initialDetails);
  const [snapshot, send, actor] = useMachine(questionnaireMachine, {
    input: { answers: initialAnswers, place: initialPlace, startPage: settings.showIntro },
  });
  const place = placeOf(snapshot);
  const { answers } = snapshot.context;
  const active = activeAnswers(answers);
  const [showRestoreNotice, setShowRestoreNotice] = useState(restoreFailed);

  const go = useCallback(
    (requested: Place) => {
      send({ type: 'GO', place: requested });
      return placeOf(actor.getSnapshot());
    },
    [send, actor],
  );
  const forgetHistory = useBrowserHistory(place, go);
  const progress = useSessionPersistence(place, answers, chosenLocale, sessionKey(settings), details);
  // Each page shown gets a key: the place, and which run through the questionnaire this is. Start
  // again from the first question with no start page stays on the same place; the new run still
  // makes it a new page (a fresh form, focus on its heading), as it is for the patient.
  const [run, setRun] = useState(0);
  const pageKey = `${run}:${place}`;
  // Only the page the app opened on was prerendered; coming back to it later starts from the answers.
  const [typedOnFirstPage, setTypedOnFirstPage] = useState(typedBeforeApp);
  // Which page the held Continue belongs to: the next page mounts (and runs its effects) before
  // this is cleared, and must not take the press as its own.
  const [heldOnPage, setHeldOnPage] = useState(continueHeld ? pageKey : undefined);
  // What a saved file could not bring, told on the page it led to and gone on the next.
  const [fileNotice, setFileNotice] = useState<{ pageKey: string; problems: LoadedFileProblems }>();
  useOnPageChange(pageKey, (shown) => {
    setShowRestoreNotice(false);
    setTypedOnFirstPage(undefined);
    setHeldOnPage(undefined);
    setFileNotice((notice) => (notice?.pageKey === shown ? notice : undefined));
  });
  useDoubleClickGuard(pageKey);
  useEffect(() => {
    if (focusHeadingOnOpen) focusInPlace(document.getElementById(PAGE_HEADING_ID));
  }, [focusHeadingOnOpen]);
  // The summary (its own chunk) says when it is on screen; the host hears only that it is, in
  // "completed" (never how many points it shows: that depends on the answers).
  const [summaryShown, setSummaryShown] = useState(false);
  const onSummaryShown = useCallback((count: number | undefined) => setSummaryShown(count !== undefined), []);
  const [resumed] = useState(initialAnswers !== undefined && initialPlace !== undefined && initialPlace !== 'intro');
  useHostMessages(messenger, place, place === 'summary' && summaryShown, resumed);
  usePrefetchEndPages(i18n.locale);
  usePrefetchStartPage(settings.showIntro);
  const clinic = settings.clinicName;

  // The one Back: the machine's. Browser history follows it (useBrowserHistory, decision 0010).
  const back = () => send({ type: 'BACK' });
  const restart = () => {
    send({ type: 'RESTART' });
    setDetails(NO_DETAILS);
    setRun((current) => current + 1);
  };
  const startAgain = <StartAgain onConfirm={restart} />;
  // Kiosk mode's clearing (decision 0026): Start again's, and the language choice kept with the
  // session, and no history entry leads back to anything earlier. sessionStorage follows (the
  // persistence effect clears this key; the kiosk chunk every other).
  const clearAll = () => {
    restart();
    setChosenLocale(undefined);
    forgetHistory(placeOf(actor.getSnapshot()));
    // The next person starts in the clinic's or the browser's language, not the last person's.
    const first = chooseLocale({ clinic: settings.language, browser: browserLanguages });
    if (first !== i18n.locale) i18n.setLocale(first).catch(() => undefined);
  };

  // A saved file, read and checked on the start page: its language (when it names one), then its
  // answers, in place of everything held; the persistence effect saves them, as any answer.
  const loadFile = async ({ answers: loaded, locale, dropped, otherVersion }: LoadedFile) => {
    if (locale && locale !== i18n.locale) {
      try {
        await i18n.setLocale(locale);
        setChosenLocale(locale);
      } catch (error) {
        // Offline with that catalog not fetched: the answers still load, in the language shown.
        console.warn('[calf-ankle-prep] Could not load the language of the saved file', error);
      }
    }
    send({ type: 'LOAD', answers: loaded });
    // The summary's header and print choices belonged to the answers replaced.
    setDetails(NO_DETAILS);
    if (dropped.length > 0 || otherVersion !== undefined) {
      const landed = `${run}:${placeOf(actor.getSnapshot())}`;
      setFileNotice({ pageKey: landed, problems: { dropped, otherVersion: otherVersion !== undefined } });
    }
  };

  let page;
  if (isStepId(place)) {
    const section = QUESTION_PAGES[place].section;
    const progress = routeProgress(place, answers);
    const props = {
      answers,
      // A page with nothing to answer is not "Question n": it is captioned with its part alone.
      caption: progress ? fill(ui.form.progress, { ...progress, section: ui.sections[section] }) : ui.sections[section],
      onAnswer: (answer: StepAnswer) => send({ type: 'SUBMIT', answer }),
      // No Back link where there is nothing before: the first question when the clinic has no start page.
      onBack: snapshot.can({ type: 'BACK' }) ? back : undefined,
    };
    // After the get-help page, every later page keeps a one-line reminder that opens the notice.
    const urgent = place === 'urgent-symptoms' ? [] : urgentPoints(active);
    page = (
      <>
        <UrgentBanner points={urgent} />
        {place === 'body-size' ? (
          <BodySizePage defaultUnits={defaultUnits(i18n.locale, browserLanguages)} {...props} />
        ) : place === 'options' ? (
          <OptionsPage {...props} />
        ) : (
          <QuestionPage
            step={place}
            {...props}
            typedBeforeApp={typedOnFirstPage}
            continueOnOpen={heldOnPage === pageKey}
          />
        )}
        {startAgain}
      </>
    );
  } else if (place === 'check-answers') {
    page = (
      <>
        <UrgentBanner points={urgentPoints(active)} />
        <CheckAnswersPage
          answers={active}
          onChange={(step) => send({ type: 'CHANGE', step })}
          onConfirm={() => send({ type: 'CONFIRM' })}
          onBack={back}
        />
        {startAgain}
      </>
    );
  } else if (place === 'summary') {
    page = (
      <>
        <SummaryPage
          answers={active}
          details={details}
          onDetailsChange={setDetails}
          onBack={back}
          clinicName={clinic}
          onPointCount={onSummaryShown}
          share={
            settings.allowSharing && messenger.enabled && settings.hostOrigin
              ? { hostOrigin: settings.hostOrigin, send: (summary) => messenger.post('summary', summary) }
              : undefined
          }
        />
        {settings.kiosk ? <FinishedClear onConfirm={clearAll} /> : null}
        {startAgain}
      </>
    );
  } else if (place === 'get-help') {
    page = (
      <GetHelpPage
        points={urgentPoints(active)}
        onContinue={() => send({ type: 'CONTINUE' })}
        onBack={back}
        contact={settings.contact}
        clinicName={clinic}
      />
    );
    page = (
      <>
        {page}
        {startAgain}
      </>
    );
  } else {
    page = (
      <IntroPage
        onStart={() => send({ type: 'START' })}
        hasAnswers={Object.keys(answers).length > 0}
        onLoad={(file) => void loadFile(file)}
      />
    );
  }

  // The clinic's number, else the region's of the language shown; the prerendered start page
  // (no browser languages) never shows one, so it needs none.
  const emergency = emergencyNumber({
    clinic: settings.emergencyNumber,
    locale: i18n.locale,
    browser: browserLanguages,
  });

  return (
    <EmergencyNumberContext value={emergency}>
      <a
        href="#main-content"
        className="skip-link"
        onClick={(event) => {
          // Focus the content without changing the URL fragment, which holds the page.
          event.preventDefault();
          focusInPlace(document.getElementById('main-content'));
        }}
      >
        {ui.app.skipLink}
      </a>
      <header className="header">
        <div className="width-container">
          {clinic ? <p className="header__clinic">{clinic}</p> : null}
          <p className="header__title">{ui.app.title}</p>
          <p className="header__tagline">{ui.app.tagline}</p>
          <LanguageSwitch
            onSwitch={(locale) => {
              i18n.setLocale(locale).then(
                () => setChosenLocale(locale),
                // Offline with the other catalog not yet fetched: the page stays as it was.
                (error: unknown) => console.warn('[calf-ankle-prep] Could not load the other language', error),
              );
            }}
          />
          {settings.contact ? <ClinicContact contact={settings.contact} clinicName={clinic} /> : null}
        </div>
      </header>
      <div className="width-container">
        <main id="main-content" className="main" tabIndex={-1}>
          {progress.kept ? null : (
            <div className="notification" role="status">
              <p>{ui.app.notKept}</p>
            </div>
          )}
          {showRestoreNotice ? (
            <div className="notification" role="status">
              <p>{ui.app.restoreFailed}</p>
            </div>
          ) : null}
          {/* A live region on every page, so the notice about a saved file is announced when it fills. */}
          <div role="status">
            {fileNotice?.pageKey === pageKey ? <LoadedFileNotice problems={fileNotice.problems} /> : null}
          </div>
          {/* The start page and the end pages arrive as their own chunks; on a slow line a "Loading" heading holds their place.
              Hydrating the prerendered start page before its chunk has come, the boundary keeps the HTML from index.html
              on screen instead (the prerender renders this same boundary), and hydrates it when the chunk arrives.
              The key gives every page its own components: a question page never inherits the last one's form. */}
          <Suspense fallback={<LoadingPage />}>
            <Fragment key={pageKey}>{page}</Fragment>
          </Suspense>
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p>{ui.app.footer}</p>
          <p>
            <AboutLink>{ui.app.about}</AboutLink>
          </p>
          {settings.contact ? <ReportMistake contact={settings.contact} clinicName={clinic} /> : null}
        </div>
      </footer>
      {settings.kiosk ? <KioskMode idleMinutes={settings.idleMinutes} onClear={clearAll} /> : null}
    </EmergencyNumberContext>
  );
}

/**
 * Runs on every page change after the first render: moves focus to the new page's heading (so
 * keyboard and screen-reader users start at the top of the new content, as after a page load)
 * and lets the caller react (told which page is now shown).
 */
function useOnPageChange(pageKey: string, onChange: (pageKey: string) => void) {
  const previous = useRef(pageKey);
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  useEffect(() => {
    if (previous.current === pageKey) return;
    previous.current = pageKey;
    window.scrollTo(0, 0);
    focusInPlace(document.getElementById(PAGE_HEADING_ID));
    callback.current(pageKey);
  }, [pageKey]);
}
