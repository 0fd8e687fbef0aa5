import { useId } from 'react';
import { t } from '../../i18n';
import { RATING_MAX, RATING_MIN } from './types';

interface ScaleFieldProps {
  legend: string;
  name: string;
  /** What the two ends of the scale mean ("not at all", "completely"). */
  lowMeaning: string;
  highMeaning: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | undefined;
}

const VALUES = Array.from(
  { length: RATING_MAX - RATING_MIN + 1 },
  (_, index) => RATING_MIN + index,
);

/**
 * A 1–10 rating as a row of large radio buttons. Native radios sharing a name already move
 * with the arrow keys; the fieldset's legend names the group and the ends say what 1 and 10
 * mean, both on screen and in the labels read out for those two buttons.
 */
export function ScaleField({
  legend,
  name,
  lowMeaning,
  highMeaning,
  value,
  onChange,
  error,
}: ScaleFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;

  const meaningOf = (n: number) =>
    n === RATING_MIN ? lowMeaning : n === RATING_MAX ? highMeaning : null;

  return (
    <fieldset
      className="field scale"
      aria-describedby={error ? errorId : undefined}
      data-invalid={error ? true : undefined}
    >
      <legend className="field__label scale__legend">{legend}</legend>
      <p className="scale__ends" aria-hidden="true">
        {t('checkIn.ends', { low: lowMeaning, high: highMeaning })}
      </p>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="scale__options">
        {VALUES.map((n) => {
          const meaning = meaningOf(n);
          return (
            <label key={n} className="scale__option">
              <input
                type="radio"
                className="scale__input"
                name={name}
                value={n}
                checked={value === n}
                onChange={() => onChange(n)}
                required
              />
              <span aria-hidden={meaning ? true : undefined}>{n}</span>
              {meaning ? (
                <span className="visually-hidden">
                  {t('checkIn.scaleEnd', { value: n, meaning })}
                </span>
              ) : null}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
