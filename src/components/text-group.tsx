import { describedBy } from './field-ids';
import { PAGE_HEADING_ID } from './page-heading';
import { TextField } from './text-field';

interface TextGroupProps {
  /** The page's question: the legend, and the page heading inside it. */
  legend: string;
  hint?: string;
  name: string;
  fields: readonly { name: string; label: string; error?: string }[];
}

/**
 * Several boxes that answer one question (the person's own questions for the surgeon): one
 * fieldset whose legend is the page heading, as GOV.UK groups related inputs, with the hint read
 * out with the legend and each box labelled in turn. Short boxes of two lines: a question fits.
 */
export function TextGroup({ legend, hint, name, fields }: TextGroupProps) {
  const hintId = `${name}-hint`;
  return (
    <fieldset className="fieldset" aria-describedby={describedBy(hint && hintId)}>
      <legend className="legend legend--page">
        <h1 id={PAGE_HEADING_ID} tabIndex={-1} className="heading-l">
          {legend}
        </h1>
      </legend>
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      {fields.map((field) => (
        <TextField key={field.name} name={field.name} label={field.label} error={field.error} multiline rows={2} />
      ))}
    </fieldset>
  );
}
