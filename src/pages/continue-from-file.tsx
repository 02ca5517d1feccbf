import '../styles/start-page.css';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { describedBy } from '../components/field-ids';
import { focusInPlace } from '../components/focus-in-place';
import { useI18n } from '../i18n/i18n-context';
import type { Messages } from '../i18n/messages';
import type { FileProblem, useSavedFile } from './use-saved-file';

/** The file input's id: the error summary's link moves focus to it. */
export const SAVED_FILE_ID = 'saved-file';
const HINT_ID = `${SAVED_FILE_ID}-hint`;
const ERROR_ID = `${SAVED_FILE_ID}-error`;

type SavedFileWords = Messages['ui']['savedFile'];

/** Each reason in plain words: what is wrong with the file and what to do. */
const PROBLEM_WORDS = {
  none: 'errorNone',
  'too-large': 'errorTooLarge',
  'not-json': 'errorNotReadable',
  unreadable: 'errorNotReadable',
  'not-a-response': 'errorNotAnswers',
  'other-questionnaire': 'errorOtherQuestionnaire',
  damaged: 'errorDamaged',
  'nothing-usable': 'errorNothingUsable',
} as const satisfies Record<FileProblem, keyof SavedFileWords>;

export function problemMessage(problem: FileProblem, words: SavedFileWords): string {
  return words[PROBLEM_WORDS[problem]];
}

const noSubscription = () => () => undefined;

/**
 * False in the prerendered HTML and while the app takes it over (hydration), true once the app
 * runs: React reads the server snapshot for both, then renders again with the browser's.
 */
function useAppRunning(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * "Continue from a saved file" on the start page: the GOV.UK file upload (a labelled file input
 * with a hint, then a button), read on the device only. No drag and drop: the input is what a
 * keyboard and a screen reader can use. Reading a file needs the app, so the prerendered start
 * page leaves this out and it appears once the app runs: never a button that does nothing.
 */
export function ContinueFromFile({ file }: { file: ReturnType<typeof useSavedFile> }) {
  const { messages } = useI18n();
  const words = messages.ui.savedFile;
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const wasAsking = useRef(false);
  const asking = file.pending !== undefined;
  const error = file.problem ? problemMessage(file.problem, words) : undefined;
  const running = useAppRunning();

  // As Start again does: the question takes focus when it appears, and the button when it goes.
  useEffect(() => {
    if (asking) focusInPlace(question.current);
    else if (wasAsking.current) focusInPlace(button.current);
    wasAsking.current = asking;
  }, [asking]);

  if (!running) return null;
  return (
    <section aria-labelledby="saved-file-title">
      <h2 id="saved-file-title" className="heading-m">
        {words.title}
      </h2>
      <p>{words.intro}</p>
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor={SAVED_FILE_ID}>
          {words.label}
        </label>
        <div id={HINT_ID} className="hint">
          {words.hint}
        </div>
        {error ? (
          <p id={ERROR_ID} className="error-message">
            <span className="visually-hidden">{messages.ui.form.errorPrefix}</span> {error}
          </p>
        ) : null}
        <input
          ref={input}
          id={SAVED_FILE_ID}
          type="file"
          className="file-upload"
          accept=".json,application/fhir+json,application/json"
          aria-describedby={describedBy(HINT_ID, error && ERROR_ID)}
          aria-invalid={error ? true : undefined}
        />
      </div>
      {asking ? (
        <div className="start-again-confirm" role="group" aria-labelledby="saved-file-replace">
          <h3 id="saved-file-replace" className="heading-s" tabIndex={-1} ref={question}>
            {words.replaceTitle}
          </h3>
          <p>{words.replaceText}</p>
          <div className="button-group">
            <button type="button" className="button button--warning" onClick={file.confirm}>
              {words.replaceConfirm}
            </button>
            <button type="button" className="button button--secondary" onClick={file.cancel}>
              {words.replaceCancel}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={button}
          type="button"
          className="button button--secondary"
          onClick={() => void file.read(input.current?.files?.[0])}
        >
          {words.continue}
        </button>
      )}
    </section>
  );
}
