import { useState } from 'react';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { TextField } from '../../app/ui/TextField';
import { t } from '../../i18n';
import type { AnswerValue, QuestionnaireItem } from './types';

interface QuestionnaireQuestionProps {
  item: QuestionnaireItem;
  value: AnswerValue | undefined;
  /** null clears the answer (an unfinished number, for instance). */
  onChange: (value: AnswerValue | null) => void;
  error?: string | undefined;
}

/** One statement of a questionnaire: its options as large radio rows, or a number. */
export function QuestionnaireQuestion({
  item,
  value,
  onChange,
  error,
}: QuestionnaireQuestionProps) {
  if (item.kind === 'choice') {
    return (
      <RadioGroup
        legend={item.text}
        name={item.id}
        options={(item.options ?? []).map((option) => ({
          value: option.code,
          label: option.display,
        }))}
        value={typeof value === 'string' ? value : null}
        onChange={onChange}
        error={error}
      />
    );
  }
  return (
    <NumberQuestion key={item.id} item={item} value={value} onChange={onChange} error={error} />
  );
}

function isInRange(item: QuestionnaireItem, n: number): boolean {
  if (!Number.isFinite(n)) return false;
  if (item.kind === 'integer' && !Number.isInteger(n)) return false;
  return (item.min === undefined || n >= item.min) && (item.max === undefined || n <= item.max);
}

/** Numbers are kept as typed, so a half-written one is not lost; only a valid one counts. */
function NumberQuestion({ item, value, onChange, error }: QuestionnaireQuestionProps) {
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  const hint =
    item.min !== undefined && item.max !== undefined
      ? t('questionnaires.numberRange', { min: item.min, max: item.max })
      : undefined;
  return (
    <TextField
      label={item.text}
      hint={hint}
      error={error}
      value={text}
      inputMode={item.kind === 'integer' ? 'numeric' : 'decimal'}
      autoComplete="off"
      onValueChange={(next) => {
        setText(next);
        const n = Number(next.trim().replace(',', '.'));
        onChange(next.trim() !== '' && isInRange(item, n) ? n : null);
      }}
    />
  );
}
