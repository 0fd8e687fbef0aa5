import { useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { t } from '../../i18n';
import { useSetVisibility } from './api';
import type { ExerciseVisibility } from './types';

const CHOICES: readonly ExerciseVisibility[] = ['private', 'partner', 'therapist'];

interface VisibilityChoiceProps {
  exerciseId: string;
  value: ExerciseVisibility;
  onChange: (visibility: ExerciseVisibility) => void;
  /** Once an answer is saved, a new choice applies to it at once, not only at the next save. */
  hasSavedVersion: boolean;
}

/** Who may see the saved answer: chosen per exercise, changeable at any time. */
export function VisibilityChoice({
  exerciseId,
  value,
  onChange,
  hasSavedVersion,
}: VisibilityChoiceProps) {
  const setVisibility = useSetVisibility(exerciseId);
  const [changed, setChanged] = useState(false);
  return (
    <div className="stack stack--tight">
      <RadioGroup
        name={`${exerciseId}-visibility`}
        legend={t('program.exercise.visibilityLegend')}
        hint={t(`program.exercise.visibilityHint.${value}`)}
        options={CHOICES.map((choice) => ({
          value: choice,
          label: t(`program.exercise.visibility.${choice}`),
        }))}
        value={value}
        onChange={(choice) => {
          onChange(choice);
          setChanged(false);
          if (hasSavedVersion) setVisibility.mutate(choice, { onSuccess: () => setChanged(true) });
        }}
        error={setVisibility.error ? errorMessage(setVisibility.error) : undefined}
      />
      <p role="status" className="status-line">
        {changed ? t('program.exercise.visibilityChanged') : null}
      </p>
    </div>
  );
}
