import { AboutLink } from '../components/about-link';
import { ErrorSummary } from '../components/error-summary';
import { PageHeading } from '../components/page-heading';
import { FIRST_STEP } from '../flow/flow-table';
import { hashOf } from '../flow/place-url';
import { useI18n } from '../i18n/i18n-context';
import { ContinueFromFile, SAVED_FILE_ID, problemMessage } from './continue-from-file';
import { useDocumentTitle } from './use-document-title';
import { useSavedFile, type LoadedFile } from './use-saved-file';

interface IntroPageProps {
  onStart: () => void;
  /** The tab holds answers: a saved file's would replace them, so the person is asked first. */
  hasAnswers?: boolean;
  /** A saved file was read and checked, and may replace the answers. */
  onLoad?: (file: LoadedFile) => void;
}

/** The start page: what this is, what it is not, that answers stay on the device, and carrying on from a saved file. */
export function IntroPage({ onStart, hasAnswers = false, onLoad = () => undefined }: IntroPageProps) {
  const ui = useI18n().messages.ui;
  const words = ui.intro;
  const file = useSavedFile({ hasAnswers, onLoad });
  useDocumentTitle(words.title, file.problem !== undefined);
  return (
    <>
      <ErrorSummary
        errors={file.problem ? [{ fieldId: SAVED_FILE_ID, message: problemMessage(file.problem, ui.savedFile) }] : []}
        attempt={file.attempt}
      />
      <PageHeading>{words.title}</PageHeading>
      <p className="lead">{words.lead}</p>
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <p className="warning-text__text">
          <span className="visually-hidden">{words.warningLabel} </span>
          {words.warning}
        </p>
      </div>
      <h2 className="heading-m">{words.beforeYouStart}</h2>
      <ul className="list list--bullet">
        <li>{words.duration}</li>
        <li>{words.staysHere}</li>
        <li>{words.changeLater}</li>
      </ul>
      <p>{words.forUs}</p>
      <p>{words.notAdvice}</p>
      {/*
        A link to the first question rather than a button: it is in the prerendered page before the
        app has loaded (index.html), and a link works then too. Once the app is running it routes
        the click itself; a click that asks for a new tab or window goes to the browser.
      */}
      <a
        href={hashOf(FIRST_STEP)}
        className="button button--start"
        draggable={false}
        onClick={(event) => {
          if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          onStart();
        }}
      >
        {words.start}
        <svg
          className="button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </a>
      <p>
        <AboutLink>{words.about}</AboutLink>
      </p>
      <ContinueFromFile file={file} />
    </>
  );
}
