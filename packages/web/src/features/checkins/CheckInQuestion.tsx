import { RadioGroup } from '../../app/ui/RadioGroup';
import { t } from '../../i18n';
import type { Field } from './answers';
import { CountField } from './CountField';
import type { CheckinAnswers } from './draft';
import { NoteField } from './NoteField';
import { ScaleField } from './ScaleField';
import { MOODS } from './types';

interface CheckInQuestionProps {
  step: number;
  answers: CheckinAnswers;
  onChange: <K extends keyof CheckinAnswers>(key: K, value: CheckinAnswers[K]) => void;
  errorFor: (field: Field) => string | undefined;
}

/** The one question shown on each step of the check-in. */
export function CheckInQuestion({ step, answers, onChange, errorFor }: CheckInQuestionProps) {
  switch (step) {
    case 0:
      return (
        <ScaleField
          legend={t('checkIn.trust.legend')}
          name="trust"
          lowMeaning={t('checkIn.trust.low')}
          highMeaning={t('checkIn.trust.high')}
          value={answers.trust}
          onChange={(value) => onChange('trust', value)}
          error={errorFor('trust')}
        />
      );
    case 1:
      return (
        <ScaleField
          legend={t('checkIn.closeness.legend')}
          name="closeness"
          lowMeaning={t('checkIn.closeness.low')}
          highMeaning={t('checkIn.closeness.high')}
          value={answers.closeness}
          onChange={(value) => onChange('closeness', value)}
          error={errorFor('closeness')}
        />
      );
    case 2:
      return (
        <CountField
          label={t('checkIn.conversations.label')}
          hint={t('checkIn.conversations.hint')}
          value={answers.honestConversations}
          onChange={(value) => onChange('honestConversations', value)}
          error={errorFor('honestConversations')}
        />
      );
    case 3:
      return (
        <RadioGroup
          legend={t('checkIn.mood.legend')}
          name="mood"
          options={MOODS.map((mood) => ({ value: mood, label: t(`checkIn.mood.choices.${mood}`) }))}
          value={answers.mood}
          onChange={(value) => onChange('mood', value)}
          error={errorFor('mood')}
          required
        />
      );
    default:
      return (
        <NoteField
          note={answers.note}
          onNoteChange={(value) => onChange('note', value)}
          visibility={answers.noteVisibility}
          onVisibilityChange={(value) => onChange('noteVisibility', value)}
          noteError={errorFor('note')}
          visibilityError={errorFor('noteVisibility')}
        />
      );
  }
}
