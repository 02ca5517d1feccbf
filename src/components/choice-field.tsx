import { useFormContext, type FieldValues } from 'react-hook-form';
import type { ChoiceQuestion } from '../content/page-content';
import { describedBy, fieldIds } from './field-ids';
import { PAGE_HEADING_ID } from './page-heading';
import { useI18n } from '../i18n/i18n-context';

interface ChoiceFieldProps {
  question: ChoiceQuestion;
  /** On a one-question page the legend is the page heading (GOV.UK pattern). */
  isPageHeading: boolean;
  error?: string;
  /** A paragraph under the heading explaining why we ask (one-question pages only). */
  lead?: string;
}

/** A radio or checkbox group in a fieldset, with its hint and error tied to it. */
export function ChoiceField({ question, isPageHeading, error, lead }: ChoiceFieldProps) {
  const { register, getValues, setValue } = useFormContext<FieldValues>();
  const words = useI18n().messages.ui.form;
  const ids = fieldIds(question.name);
  const type = question.kind;

  const registration = register(question.name, {
    onChange: (event: { target: HTMLInputElement }) => {
      // "None of these" and the other options exclude each other, as in the GOV.UK pattern.
      if (type !== 'checkbox' || !question.noneValue || !event.target.checked) return;
      const none = question.noneValue;
      const current = (getValues(question.name) as string[] | undefined) ?? [];
      const next = event.target.value === none ? [none] : current.filter((value) => value !== none);
      if (next.length !== current.length) setValue(question.name, next, { shouldValidate: false });
    },
  });

  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset
        className="fieldset"
        aria-describedby={describedBy(lead && `${question.name}-lead`, question.hint && ids.hint, error && ids.error)}
      >
        <legend className={isPageHeading ? 'legend legend--page' : 'legend'}>
          {isPageHeading ? (
            <h1 id={PAGE_HEADING_ID} tabIndex={-1} className="heading-l">
              {question.legend}
            </h1>
          ) : (
            question.legend
          )}
        </legend>
        {lead ? (
          <p id={`${question.name}-lead`} className="lead">
            {lead}
          </p>
        ) : null}
        {question.hint ? (
          <div id={ids.hint} className="hint">
            {question.hint}
          </div>
        ) : null}
        {error ? (
          <p id={ids.error} className="error-message">
            <span className="visually-hidden">{words.errorPrefix}</span> {error}
          </p>
        ) : null}
        <div className={type === 'radio' ? 'radios' : 'checkboxes'}>
          {question.options.map((option, index) => {
            const id = ids.option(index);
            const isNone = option.value === question.noneValue;
            return (
              <div key={option.value}>
                {isNone ? <div className="choice-divider">{words.noneDivider}</div> : null}
                <div className="choice">
                  <input
                    {...registration}
                    id={id}
                    type={type}
                    value={option.value}
                    className="choice__input"
                    aria-describedby={option.hint ? ids.optionHint(index) : undefined}
                  />
                  <label htmlFor={id} className="choice__label">
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div id={ids.optionHint(index)} className="hint choice__hint">
                      {option.hint}
                    </div>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
