import { useId, useState } from 'react';
import type { Answers } from '../answers/answers';
import { useI18n } from '../i18n/i18n-context';
import { loadSummaryMessages } from '../i18n/load-messages';

/**
 * "Save my answers to a file": the answers on the route as a FHIR QuestionnaireResponse, made on
 * the device and downloaded. The FHIR code is fetched only when the button is pressed
 * (`saved-file-io.ts`), with the summary's words its narrative lists the points in. The
 * person can carry on from the file later on the start page (decision 0022).
 */
export function SaveAnswersFile({ answers }: { answers: Answers }) {
  const i18n = useI18n();
  const words = i18n.messages.ui.savedFile;
  const [failed, setFailed] = useState(false);
  const hintId = useId();

  const save = async () => {
    setFailed(false);
    try {
      const [{ saveAnswersFile }, summary] = await Promise.all([
        import('./saved-file-io'),
        loadSummaryMessages(i18n.locale),
      ]);
      saveAnswersFile(answers, i18n, summary);
    } catch (error) {
      // Offline before the code arrived, or a browser that refuses downloads (a sandboxed frame).
      console.warn('[calf-ankle-prep] Could not save the answers to a file', error);
      setFailed(true);
    }
  };

  return (
    <div className="saved-file no-print">
      <button type="button" className="button button--secondary" aria-describedby={hintId} onClick={save}>
        {words.saveButton}
      </button>
      <p id={hintId} className="hint">
        {words.saveHint}
      </p>
      {failed ? (
        <p className="error-message" role="alert">
          {words.saveFailed}
        </p>
      ) : null}
    </div>
  );
}
