import { useFormContext, useWatch, type FieldValues } from 'react-hook-form';
import type { ChoiceQuestion } from '../content/page-content';
import { describedBy, fieldIds } from './field-ids';
import { PAGE_HEADING_ID } from './page-heading';
import { TextField } from './text-field';
import { useI18n } from '../i18n/i18n-context';

interface ChoiceFieldProps {
  question: ChoiceQuestion;
  /** On a one-question page the legend is the page heading (GOV.UK pattern). */
  isPageHeading: boolean;
  error?: string;
  /** A paragraph under the heading explaining why we ask (one-question pages only). */
  lead?: string;
  /** The message of a box revealed under one of the options, if it has one. */
  revealedError?: (name: string) => string | undefined;
}

/** A radio or checkbox group in a fieldset, with its hint and error tied to it. */
export function ChoiceField({ question, isPageHeading, error, lead, revealedError }: ChoiceFieldProps) {
  const { register, getValues, setValue, control } = useFormContext<FieldValues>();
  const watched: unknown = useWatch({ control, name: question.name });
  const words = useI18n().messages.ui.form;
  const ids = fieldIds(question.name);
  const type = question.kind;

  const registration = register(question.name, {
    onChange: (event: { target: HTMLInputElement }) => {
      // "None of these" and the other options exclude each other, as in the GOV.UK pattern;
      // "I am not sure" is one of those others, so it unticks "None" and "None" unticks it.
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
            const box = option.reveals;
            const open = box !== undefined && isChosen(watched, option.value);
            const boxId = box ? `${box.name}-conditional` : undefined;
            return (
              <div key={option.value}>
                {option.value === question.dividerBefore ? (
                  <div className="choice-divider">{words.noneDivider}</div>
                ) : null}
                <div className="choice">
                  <input
                    {...registration}
                    id={id}
                    type={type}
                    value={option.value}
                    className="choice__input"
                    aria-describedby={option.hint ? ids.optionHint(index) : undefined}
                    // Only a checkbox opens a box (GOV.UK sets aria-expanded on it); spread, as the
                    // linter cannot tell from the dynamic type that this input is a checkbox.
                    {...(box ? { 'aria-controls': boxId, 'aria-expanded': open } : {})}
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
                {box ? (
                  // GOV.UK's conditional reveal: the box stays in the page, hidden, so aria-controls
                  // always points somewhere; hidden, it is out of the tab order and the reading.
                  <div id={boxId} className="choice__conditional" hidden={!open}>
                    <TextField name={box.name} label={box.label} hint={box.hint} error={revealedError?.(box.name)} />
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function isChosen(value: unknown, option: string): boolean {
  return Array.isArray(value) ? value.includes(option) : value === option;
}
