import { useId } from 'react';
import { t } from '../../i18n';

interface ListFieldProps {
  label: string;
  hint: string | null;
  items: string[];
  maxItems: number;
  itemMaxLength: number;
  error: string | undefined;
  onChange: (items: string[]) => void;
}

/** A short list: one line per item, lines added and removed by button, all labelled. */
export function ListField({
  label,
  hint,
  items,
  maxItems,
  itemMaxLength,
  error,
  onChange,
}: ListFieldProps) {
  const id = useId();
  const shown = items.length === 0 ? [''] : items;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="field list-field" data-invalid={error ? true : undefined}>
      <legend className="field__label">{label}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <ol className="plain-list list-field__items">
        {shown.map((item, index) => {
          // Lines have no identity of their own; position is what the person sees.
          const key = index;
          return (
            <li key={key} className="list-field__item">
              <input
                className="input"
                value={item}
                maxLength={itemMaxLength}
                aria-label={t('program.exercise.list.item', { label, n: index + 1 })}
                aria-describedby={describedBy || undefined}
                aria-invalid={error ? true : undefined}
                onChange={(event) =>
                  onChange(shown.map((old, i) => (i === index ? event.target.value : old)))
                }
              />
              {shown.length > 1 ? (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('program.exercise.list.remove', { n: index + 1 })}
                  onClick={() => onChange(shown.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {shown.length < maxItems ? (
        <div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange([...shown, ''])}
          >
            {t('program.exercise.list.add')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
