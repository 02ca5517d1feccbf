import { useState } from 'react';
import { DETAIL_MAX, type ConsultationDetails } from '../answers/consultation-details';
import { useSummaryMessages } from '../i18n/i18n-context';

type DetailField = 'name' | 'dateOfBirth' | 'appointment';

const FIELDS: readonly { field: DetailField; autoComplete: string }[] = [
  { field: 'name', autoComplete: 'name' },
  { field: 'dateOfBirth', autoComplete: 'bday' },
  { field: 'appointment', autoComplete: 'off' },
];

interface ConsultationHeaderProps {
  details: ConsultationDetails;
  onChange: (details: ConsultationDetails) => void;
}

/**
 * The consultation's header. On screen: three optional boxes. On paper: what was typed, or a
 * line to write it on, so the surgeon can match the sheet to the patient.
 */
export function ConsultationHeader({ details, onChange }: ConsultationHeaderProps) {
  const text = useSummaryMessages().summaryPage.details;
  // Open when the page opens with something already typed; after that the person opens and
  // closes it. (Tied to the boxes' contents, it would close under the cursor as the last
  // character is deleted.)
  const [openAtFirst] = useState(() => Boolean(details.name || details.dateOfBirth || details.appointment));
  return (
    <>
      <dl className="consultation-header print-only">
        {FIELDS.map(({ field }) => (
          <div key={field} className="consultation-header__item">
            <dt>{text[field]}:</dt>
            <dd>{details[field] || '\u00a0'}</dd>
          </div>
        ))}
      </dl>
      {/* A disclosure, so on a phone the optional boxes do not stand between the heading and the points. */}
      <details className="details no-print" open={openAtFirst}>
        <summary className="details__summary">{text.summary}</summary>
        <fieldset className="fieldset details__text" aria-describedby="details-hint">
          <legend className="visually-hidden">{text.legend}</legend>
          <div id="details-hint" className="hint">
            {text.hint}
          </div>
          <div className="inline-fields">
            {FIELDS.map(({ field, autoComplete }) => (
              <div key={field} className="form-group detail-field">
                <label className="label" htmlFor={`details-${field}`}>
                  {text[field]}
                </label>
                {field === 'appointment' ? (
                  <div id="appointment-hint" className="hint">
                    {text.appointmentHint}
                  </div>
                ) : null}
                <input
                  id={`details-${field}`}
                  className="input"
                  type="text"
                  autoComplete={autoComplete}
                  spellCheck={false}
                  maxLength={DETAIL_MAX}
                  aria-describedby={field === 'appointment' ? 'appointment-hint' : undefined}
                  value={details[field]}
                  onChange={(event) => onChange({ ...details, [field]: event.target.value })}
                />
              </div>
            ))}
          </div>
        </fieldset>
      </details>
    </>
  );
}
