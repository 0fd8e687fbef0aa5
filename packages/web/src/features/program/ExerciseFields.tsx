import { isFieldShown } from '@amend/core';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { t } from '../../i18n';
import { CoachedTextarea } from '../coach/CoachedTextarea';
import { ListField } from './ListField';
import type { ExerciseField, ExerciseValues } from './types';

interface ExerciseFieldsProps {
  exerciseId: string;
  fields: ExerciseField[];
  values: ExerciseValues;
  errorFor: (fieldId: string) => string | undefined;
  onChange: (fieldId: string, value: string | string[]) => void;
  /** The answer is shared with the partner, so the communication coach looks at text answers. */
  coached?: boolean;
}

function labelOf(field: ExerciseField): string {
  return field.optional ? `${field.label} ${t('program.exercise.optional')}` : field.label;
}

/** The questions of an exercise; a follow-up appears only when the choice before it opens it. */
export function ExerciseFields({
  exerciseId,
  fields,
  values,
  errorFor,
  onChange,
  coached = false,
}: ExerciseFieldsProps) {
  return (
    <>{fields.filter((field) => isFieldShown(field, values)).map((field) => fieldNode(field))}</>
  );

  function fieldNode(field: ExerciseField) {
    const value = values[field.id];
    const name = `${exerciseId}-${field.id}`;
    switch (field.kind) {
      case 'text': {
        const TextField = coached ? CoachedTextarea : TextAreaField;
        return (
          <TextField
            key={field.id}
            name={name}
            label={labelOf(field)}
            hint={field.hint ?? undefined}
            value={typeof value === 'string' ? value : ''}
            maxLength={field.maxLength}
            rows={field.maxLength > 2000 ? 8 : 4}
            error={errorFor(field.id)}
            onValueChange={(text) => onChange(field.id, text)}
          />
        );
      }
      case 'list':
        return (
          <ListField
            key={field.id}
            label={labelOf(field)}
            hint={field.hint}
            items={Array.isArray(value) ? value : []}
            maxItems={field.maxItems}
            itemMaxLength={field.itemMaxLength}
            error={errorFor(field.id)}
            onChange={(items) => onChange(field.id, items)}
          />
        );
      case 'choice':
        return (
          <RadioGroup
            key={field.id}
            name={name}
            legend={labelOf(field)}
            hint={field.hint ?? undefined}
            options={field.options.map((option) => ({ value: option.id, label: option.label }))}
            value={typeof value === 'string' && value !== '' ? value : null}
            error={errorFor(field.id)}
            onChange={(choice) => onChange(field.id, choice)}
          />
        );
    }
  }
}

/** A saved answer, read-only: each question with what was written, hidden follow-ups left out. */
export function AnswerView({
  fields,
  values,
}: {
  fields: ExerciseField[];
  values: ExerciseValues;
}) {
  return (
    <dl className="answer-view">
      {fields
        .filter((field) => isFieldShown(field, values))
        .map((field) => {
          const value = values[field.id];
          const text =
            field.kind === 'choice'
              ? field.options.find((option) => option.id === value)?.label
              : typeof value === 'string'
                ? value
                : undefined;
          return (
            <div key={field.id} className="answer-view__row">
              <dt>{field.label}</dt>
              <dd>
                {Array.isArray(value) && value.length > 0 ? (
                  <ul>
                    {value.map((item, index) => {
                      const key = index;
                      return <li key={key}>{item}</li>;
                    })}
                  </ul>
                ) : text ? (
                  text
                ) : (
                  <span className="muted">{t('program.exercise.noAnswer')}</span>
                )}
              </dd>
            </div>
          );
        })}
    </dl>
  );
}
