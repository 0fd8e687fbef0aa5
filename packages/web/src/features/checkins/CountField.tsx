import { useId, useState } from 'react';
import { t } from '../../i18n';
import { CONVERSATIONS_MAX, CONVERSATIONS_MIN } from './types';

interface CountFieldProps {
  label: string;
  hint: string;
  /** As typed, so a half-edited number is never thrown away. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** The whole number in `value`, or null when it is not one. */
export function parseCount(value: string): number | null {
  return /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : null;
}

function clamp(n: number): number {
  return Math.min(CONVERSATIONS_MAX, Math.max(CONVERSATIONS_MIN, n));
}

/**
 * A count typed with the keyboard or nudged with − and + buttons (large targets for a thumb).
 * A text input with a numeric keyboard rather than type="number", which changes the value on
 * a stray scroll and accepts letters such as "e".
 */
export function CountField({ label, hint, value, onChange, error }: CountFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // Said aloud after a button press, since the buttons do not move focus to the number.
  const [announcement, setAnnouncement] = useState('');
  const current = parseCount(value);

  const step = (delta: number) => {
    const next = clamp(current === null ? (delta > 0 ? 1 : 0) : current + delta);
    onChange(String(next));
    setAnnouncement(t('checkIn.conversations.announce', { count: next }));
  };

  // The buttons are never disabled: a disabled button would drop the focus of whoever pressed it.
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="stepper">
        <button
          type="button"
          className="button button--secondary stepper__button"
          aria-label={t('checkIn.conversations.fewer')}
          aria-controls={id}
          onClick={() => step(-1)}
        >
          −
        </button>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="input stepper__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
        />
        <button
          type="button"
          className="button button--secondary stepper__button"
          aria-label={t('checkIn.conversations.more')}
          aria-controls={id}
          onClick={() => step(1)}
        >
          +
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
