import { isFieldShown } from '@amend/core';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage, fieldError } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formatDate, t } from '../../i18n';
import { useSaveAnswer } from './api';
import { AnswerView, ExerciseFields } from './ExerciseFields';
import { RichText } from './RichText';
import type { ExerciseValues, ExerciseView, ExerciseVisibility, SharedAnswer } from './types';
import { useExerciseAutosave } from './useExerciseAutosave';
import { VisibilityChoice } from './VisibilityChoice';

interface ExerciseCardProps {
  exercise: ExerciseView;
  /** What the partner shared of the exercise this one replies to, if it replies to one. */
  respondsTo: { title: string; partnerName: string; shared: SharedAnswer | null } | null;
}

function startingValues(exercise: ExerciseView): ExerciseValues {
  return exercise.draft?.values ?? exercise.versions.at(-1)?.values ?? {};
}

/** Required questions left empty, found before sending so the person is told at once. */
function missingAnswers(exercise: ExerciseView, values: ExerciseValues): Record<string, string> {
  const missing: Record<string, string> = {};
  for (const field of exercise.fields) {
    if (field.optional || !isFieldShown(field, values)) continue;
    const value = values[field.id];
    const empty = Array.isArray(value)
      ? value.every((item) => item.trim() === '')
      : (value ?? '').trim() === '';
    if (empty) missing[field.id] = t('program.exercise.required');
  }
  return missing;
}

export function ExerciseCard({ exercise, respondsTo }: ExerciseCardProps) {
  const headingId = useId();
  const [values, setValues] = useState<ExerciseValues>(() => startingValues(exercise));
  const [visibility, setVisibility] = useState<ExerciseVisibility>(exercise.visibility);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const autosave = useExerciseAutosave(exercise.id);
  const save = useSaveAnswer(exercise.id);

  const change = (fieldId: string, value: string | string[]) => {
    const next = { ...values, [fieldId]: value };
    setValues(next);
    setSavedVersion(null);
    setMissing((old) => {
      const { [fieldId]: _, ...rest } = old;
      return rest;
    });
    autosave.schedule(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = missingAnswers(exercise, values);
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      // After the messages render, take the person to the first question that needs them.
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(
            `[data-exercise="${exercise.id}"] [aria-invalid="true"], [data-exercise="${exercise.id}"] fieldset[data-invalid] input`,
          )
          ?.focus(),
      );
      return;
    }
    await autosave.stop();
    try {
      const saved = await save.mutateAsync({ values, visibility });
      setSavedVersion(saved.version);
    } catch {
      // The error is shown beside the form; the text stays, and drafts start saving again.
    } finally {
      autosave.resume();
    }
  };

  const errorFor = (fieldId: string) =>
    missing[fieldId] ?? fieldError(save.error, fieldId) ?? fieldError(autosave.problem, fieldId);
  const earlier = exercise.versions.slice(0, -1);
  const draftStatus =
    autosave.status === 'idle' ? null : t(`program.exercise.draft.${autosave.status}`);

  return (
    <section
      className="card stack exercise"
      aria-labelledby={headingId}
      data-exercise={exercise.id}
    >
      <div className="stack stack--tight">
        <h3 id={headingId}>{exercise.title}</h3>
        <p className="muted">{t(`program.exercise.forWhom.${exercise.audience}`)}</p>
        <p className="lead">{exercise.summary}</p>
      </div>
      <RichText blocks={exercise.instructions} headingLevel={4} />
      {respondsTo ? (
        <div className="callout stack">
          {respondsTo.shared ? (
            <>
              <h4>
                {t('program.exercise.respondsTo', {
                  name: respondsTo.partnerName,
                  title: respondsTo.title,
                })}
              </h4>
              <AnswerView fields={respondsTo.shared.fields} values={respondsTo.shared.values} />
            </>
          ) : (
            <p>
              {t('program.exercise.respondsToMissing', {
                name: respondsTo.partnerName,
                title: respondsTo.title,
              })}
            </p>
          )}
        </div>
      ) : null}
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <ExerciseFields
          exerciseId={exercise.id}
          fields={exercise.fields}
          values={values}
          errorFor={errorFor}
          onChange={change}
          coached={visibility === 'partner'}
        />
        <VisibilityChoice
          exerciseId={exercise.id}
          value={visibility}
          onChange={setVisibility}
          hasSavedVersion={exercise.versions.length > 0}
        />
        <FormAlert message={save.error ? errorMessage(save.error) : null} />
        <p role="status" className="status-line">
          {savedVersion !== null
            ? t('program.exercise.saved', { version: savedVersion })
            : draftStatus}
        </p>
        <div className="button-row">
          {/* Secondary: the stage's own "begin" is the page's one primary action. */}
          <SubmitButton
            pending={save.isPending}
            variant="secondary"
            pendingLabel={t('program.exercise.saving')}
          >
            {t('program.exercise.save')}
          </SubmitButton>
          {exercise.versions.length > 0 ? (
            <span className="muted">
              {t('program.exercise.savedCount', { count: exercise.versions.length })}
            </span>
          ) : null}
        </div>
      </form>
      {earlier.length > 0 ? (
        <details className="exercise__history">
          <summary>{t('program.exercise.history.summary', { count: earlier.length })}</summary>
          <ol className="plain-list stack">
            {earlier
              .slice()
              .reverse()
              .map((version) => (
                <li key={version.version} className="stack stack--tight">
                  <h4>
                    {t('program.exercise.history.version', {
                      version: version.version,
                      date: formatDate(version.savedAt),
                    })}
                  </h4>
                  <AnswerView fields={exercise.fields} values={version.values} />
                </li>
              ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
