import type { Answers } from '../answers/answers';
import { SENSITIVE_TOPIC_IDS, answersTouch, type Included } from '../answers/sensitive-answers';
import { useSummaryMessages } from '../i18n/i18n-context';

interface SensitiveChoicesProps {
  answers: Answers;
  included: Included;
  onChange: (included: Included) => void;
}

/**
 * The person chooses which sensitive answers go on paper. Offered only for topics they answered;
 * the hint says plainly what is left out by default. What is sent to a clinic is chosen apart, in
 * the share preview, where every sensitive answer starts left out (decision 0020).
 */
export function SensitiveChoices({ answers, included, onChange }: SensitiveChoicesProps) {
  const text = useSummaryMessages().summaryPage.choices;
  const topics = SENSITIVE_TOPIC_IDS.filter((topic) => answersTouch(answers, topic));
  if (topics.length === 0) return null;
  return (
    <div className="form-group no-print">
      <fieldset className="fieldset" aria-describedby="choices-hint">
        <legend className="legend">{text.legend}</legend>
        <div id="choices-hint" className="hint">
          {text.hint}
        </div>
        <div className="checkboxes">
          {topics.map((topic) => (
            <div key={topic} className="choice">
              <input
                id={`include-${topic}`}
                className="choice__input"
                type="checkbox"
                checked={included[topic]}
                onChange={(event) => onChange({ ...included, [topic]: event.target.checked })}
              />
              <label htmlFor={`include-${topic}`} className="choice__label">
                {text[topic]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
