import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { t } from '../../i18n';

/** The browser's own time zone, which is right for almost everyone. */
export function detectTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  // Some browsers report a zone (such as "UTC") that is missing from their own list.
  return zones.includes(current) ? zones : [current, ...zones];
}

interface TimeZoneFieldProps {
  value: string;
  onChange: (timeZone: string) => void;
  error?: string | undefined;
}

/** Shows the detected time zone as a note, with a way to pick another one. */
export function TimeZoneField({ value, onChange, error }: TimeZoneFieldProps) {
  const [isChanging, setIsChanging] = useState(false);
  const options = useMemo(() => (isChanging ? timeZoneOptions(value) : []), [isChanging, value]);
  const id = useId();
  const selectId = `${id}-select`;
  const noteId = `${id}-note`;
  const errorId = `${id}-error`;
  const selectRef = useRef<HTMLSelectElement>(null);

  // The "Change" button is replaced by the list; focus follows so the keyboard is not lost.
  useEffect(() => {
    if (isChanging) selectRef.current?.focus();
  }, [isChanging]);

  return (
    <fieldset className="field" aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{t('signUp.timeZoneLegend')}</legend>
      <p className="field__hint" id={noteId}>
        {t('signUp.timeZoneNote', { timeZone: value })}
      </p>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {isChanging ? (
        <div className="field">
          <label className="field__label" htmlFor={selectId}>
            {t('signUp.timeZoneSelect')}
          </label>
          <select
            ref={selectRef}
            id={selectId}
            className="input"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={error ? true : undefined}
          >
            {options.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setIsChanging(true)}
            aria-describedby={noteId}
          >
            {t('signUp.changeTimeZone')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
