import type { FieldProblem } from '../errors.js';
import type { ExerciseContent, ExerciseField, ExerciseValues } from './types.js';

/** Whether a field is asked, given the choices made so far (see `showIf`). */
export function isFieldShown(field: ExerciseField, values: ExerciseValues): boolean {
  return field.showIf === null || values[field.showIf.field] === field.showIf.equals;
}

function isEmpty(value: string | readonly string[] | undefined): boolean {
  return (
    value === undefined || (typeof value === 'string' ? value.trim() === '' : value.length === 0)
  );
}

function cleanValue(
  field: ExerciseField,
  value: unknown,
  problems: FieldProblem[],
  trim: boolean,
): string | readonly string[] | undefined {
  const problem = (message: string) => {
    problems.push({ field: field.id, message });
    return undefined;
  };
  switch (field.kind) {
    case 'text': {
      if (typeof value !== 'string') return problem('This answer needs to be text.');
      const text = trim ? value.trim() : value;
      if (text.length > field.maxLength)
        return problem(
          `Please keep this under ${field.maxLength} characters (it has ${text.length}).`,
        );
      return text;
    }
    case 'list': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
        return problem('This answer needs to be a list of short items.');
      const items = (value as string[]).map((item) => (trim ? item.trim() : item));
      const kept = trim ? items.filter((item) => item !== '') : items;
      if (kept.length > field.maxItems)
        return problem(
          `Please keep this to ${field.maxItems} items or fewer (it has ${kept.length}).`,
        );
      if (kept.some((item) => item.length > field.itemMaxLength))
        return problem(`Please keep each item under ${field.itemMaxLength} characters.`);
      return kept;
    }
    case 'choice': {
      if (value === '') return value;
      if (typeof value !== 'string' || !field.options.some((option) => option.id === value))
        return problem('Choose one of the options offered.');
      return value;
    }
  }
}

export interface CleanedValues {
  readonly values: ExerciseValues;
  readonly problems: readonly FieldProblem[];
}

/**
 * Checks answers against the exercise's fields. A draft keeps whatever fits (half-finished is the
 * point of a draft); a saved answer is trimmed, drops fields that are not asked any more, and
 * needs every asked field that is not optional. Unknown fields are refused, never dropped.
 */
export function cleanExerciseValues(
  exercise: ExerciseContent,
  raw: Readonly<Record<string, unknown>>,
  purpose: 'draft' | 'save',
): CleanedValues {
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(raw)) {
    if (!exercise.fields.some((field) => field.id === key))
      problems.push({ field: key, message: 'This exercise has no such question.' });
  }
  const values: Record<string, string | readonly string[]> = {};
  for (const field of exercise.fields) {
    if (raw[field.id] === undefined) continue;
    const cleaned = cleanValue(field, raw[field.id], problems, purpose === 'save');
    if (cleaned !== undefined) values[field.id] = cleaned;
  }
  if (purpose === 'save') {
    for (const field of exercise.fields) {
      if (!isFieldShown(field, values)) {
        delete values[field.id];
      } else if (isEmpty(values[field.id])) {
        delete values[field.id];
        if (!field.optional && !problems.some((problem) => problem.field === field.id))
          problems.push({
            field: field.id,
            message: 'This one needs an answer before you save. Your draft is kept meanwhile.',
          });
      }
    }
  }
  return { values, problems };
}
