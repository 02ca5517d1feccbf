import { useFormContext, type FieldValues } from 'react-hook-form';
import { describedBy, fieldIds } from './field-ids';
import { useI18n } from '../i18n/i18n-context';

interface TextFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Numbers are typed as text with a numeric keyboard: type=number drops what it cannot parse. */
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** Width class for short boxes such as inches. */
  width?: 'width-3' | 'width-4' | 'width-5' | 'full';
  suffix?: string;
  multiline?: boolean;
  /** Lines a multiline box shows. */
  rows?: number;
  autoComplete?: string;
}

export function TextField({
  name,
  label,
  hint,
  error,
  inputMode = 'text',
  width = 'full',
  suffix,
  multiline,
  rows = 3,
  autoComplete = 'off',
}: TextFieldProps) {
  const words = useI18n().messages.ui.form;
  const { register } = useFormContext<FieldValues>();
  const ids = fieldIds(name);
  const shared = {
    ...register(name),
    id: ids.field,
    'aria-describedby': describedBy(hint && ids.hint, error && ids.error),
    'aria-invalid': error ? true : undefined,
    autoComplete,
  };
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={ids.field}>
        {label}
      </label>
      {hint ? (
        <div id={ids.hint} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={ids.error} className="error-message">
          <span className="visually-hidden">{words.errorPrefix}</span> {error}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...shared} rows={rows} className="textarea" />
      ) : (
        <div className="input-wrapper">
          <input {...shared} type="text" inputMode={inputMode} spellCheck={false} className={`input input--${width}`} />
          {suffix ? (
            <span className="input-suffix" aria-hidden="true">
              {suffix}
            </span>
          ) : null}
        </div>
      )}
    </div>
  );
}
