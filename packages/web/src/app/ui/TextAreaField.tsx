import { type ReactNode, useId } from 'react';
import { t } from '../../i18n';

interface TextAreaFieldProps {
  label: string;
  name: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Shown as a counter; a longer text is kept whole and flagged, never cut off. */
  maxLength: number;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  rows?: number;
  /** When the field loses focus (an autosaving form saves then). */
  onBlur?: () => void;
  /** More text read with the field, such as the coach's summary. */
  describedBy?: string | undefined;
  /** Shown under the counter, such as the coach's notes. */
  children?: ReactNode;
}

/** A labelled textarea with a hint, a character counter and an error, all linked. */
export function TextAreaField({
  label,
  name,
  value,
  onValueChange,
  maxLength,
  hint,
  error,
  required = false,
  rows = 4,
  onBlur,
  describedBy,
  children,
}: TextAreaFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;
  const tooLong = value.length > maxLength;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        className="input textarea"
        value={value}
        required={required}
        onChange={(event) => onValueChange(event.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? hintId : null, counterId, error ? errorId : null, describedBy]
          .filter(Boolean)
          .join(' ')}
      />
      <p id={counterId} className={tooLong ? 'counter counter--over' : 'counter'}>
        {t('checkIn.note.counter', { count: value.length, max: maxLength })}
      </p>
      {children}
    </div>
  );
}
