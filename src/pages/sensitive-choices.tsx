import type { Included, SensitiveTopic } from '../answers/sensitive-answers';
import { useSummaryMessages } from '../i18n/i18n-context';

interface SensitiveChoicesProps {
  /** The sensitive topics the answers touch; with none, nothing is shown. */
  topics: readonly SensitiveTopic[];
  included: Included;
  onChange: (included: Included) => void;
  /** Tells one set of boxes from the other on the page (ids): "include" for print, "send" for sending. */
  purpose: 'include' | 'send';
  legend: string;
  hint: string;
  className?: string;
}

/**
 * Boxes for the sensitive topics the person answered, each saying "Include my answers about …":
 * on the summary for what goes on paper, in the share preview for what is sent (decision 0020).
 * The hint says plainly what is left out unless ticked.
 */
export function SensitiveChoices({
  topics,
  included,
  onChange,
  purpose,
  legend,
  hint,
  className = 'form-group',
}: SensitiveChoicesProps) {
  const labels = useSummaryMessages().summaryPage.choices;
  if (topics.length === 0) return null;
  const hintId = `${purpose}-choices-hint`;
  return (
    <div className={className}>
      <fieldset className="fieldset" aria-describedby={hintId}>
        <legend className="legend">{legend}</legend>
        <div id={hintId} className="hint">
          {hint}
        </div>
        <div className="checkboxes">
          {topics.map((topic) => (
            <div key={topic} className="choice">
              <input
                id={`${purpose}-${topic}`}
                className="choice__input"
                type="checkbox"
                checked={included[topic]}
                onChange={(event) => onChange({ ...included, [topic]: event.target.checked })}
              />
              <label htmlFor={`${purpose}-${topic}`} className="choice__label">
                {labels[topic]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
