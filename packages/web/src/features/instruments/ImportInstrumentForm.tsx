import type { UseMutationResult } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { ApiError } from '../../app/api/problem';
import { FormAlert } from '../../app/ui/FormAlert';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import {
  CADENCES,
  type Cadence,
  type CatalogueEntry,
  type ImportInput,
  RESPONDENTS,
  type Respondent,
} from './types';

const MAX_FILE_BYTES = 2 * 1024 * 1024;
const LICENCE_MAX = 1000;

type Field = 'file';

interface ChosenFile {
  readonly name: string;
  readonly questionnaire: unknown;
}

/** Everything the server found wrong with the file, one line each, so all can be fixed at once. */
function FileProblems({ error }: { error: unknown }) {
  const headingId = useId();
  if (!(error instanceof ApiError)) return null;
  const problems = Object.entries(error.fieldErrors);
  if (problems.length === 0) return null;
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('instruments.problemsHeading')}</h3>
      <ul className="problem-list">
        {problems.map(([field, message]) => (
          <li key={field}>
            <code>{field}</code>: {message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What differs between adding to the shared catalogue and a therapist adding their own. */
export interface ImportWords {
  readonly heading: string;
  readonly submit: string;
  readonly submitting: string;
  readonly added: (title: string) => string;
}

interface ImportInstrumentFormProps {
  /** The request that adds it: useImportInstrument (administrators) or useImportOwnInstrument. */
  readonly importInstrument: UseMutationResult<{ instrument: CatalogueEntry }, Error, ImportInput>;
  readonly words: ImportWords;
}

/**
 * Adds a FHIR Questionnaire file, for an administrator's shared catalogue or a therapist's own;
 * nothing is stored unless it can be scored. While the file is sent a progress bar says so; when
 * it is refused, every problem is listed and the chosen file stays chosen.
 */
export function ImportInstrumentForm({ importInstrument, words }: ImportInstrumentFormProps) {
  const headingId = useId();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const { formRef, errorFor, check } = useFormErrors<Field>(importInstrument.error);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [licenceNote, setLicenceNote] = useState('');
  const [validated, setValidated] = useState(false);
  const [respondent, setRespondent] = useState<Respondent>('any');
  const [cadence, setCadence] = useState<Cadence>('monthly');
  const [added, setAdded] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(null);
    setFileProblem(null);
    importInstrument.reset();
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setFileProblem(t('instruments.fileTooLarge'));
      return;
    }
    try {
      setFile({ name: chosen.name, questionnaire: JSON.parse(await chosen.text()) });
    } catch {
      setFileProblem(t('instruments.fileUnreadable'));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const problem = fileProblem ?? (file ? undefined : t('instruments.fileRequired'));
    if (!check(problem ? { file: problem } : {}) || !file) return;
    importInstrument.mutate(
      {
        questionnaire: file.questionnaire,
        overrides: {
          validated,
          respondent,
          cadence,
          ...(licenceNote.trim() === '' ? {} : { licenceNote: licenceNote.trim() }),
        },
      },
      {
        onSuccess: (result) => {
          setAdded(words.added(result.instrument.title));
          setLicenceNote('');
          setValidated(false);
          // Ready for the next file: this one is added, and adding it again would be refused.
          setFile(null);
          if (fileInput.current) fileInput.current.value = '';
        },
      },
    );
  };

  const fileError = errorFor('file') ?? fileProblem ?? undefined;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.heading}</h2>
      <p role="status" className="status-line">
        {added}
      </p>
      <form ref={formRef} className="stack stack--loose" onSubmit={submit} noValidate>
        <FormAlert
          message={importInstrument.isError ? errorMessage(importInstrument.error) : null}
        />
        <FileProblems error={importInstrument.error} />
        <div className="field" data-invalid={fileError ? true : undefined}>
          <label className="field__label" htmlFor={fileId}>
            {t('instruments.file')}
          </label>
          <p className="field__hint" id={`${fileId}-hint`}>
            {t('instruments.fileHint')}
          </p>
          {fileError ? (
            <p className="field__error" id={`${fileId}-error`}>
              {fileError}
            </p>
          ) : null}
          <input
            ref={fileInput}
            id={fileId}
            name="file"
            type="file"
            className="file-input"
            accept=".json,application/json,application/fhir+json"
            aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ''}`}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => void choose(event)}
          />
          {file ? (
            <p>
              {importInstrument.isError
                ? t('instruments.fileKept', { name: file.name })
                : t('instruments.fileChosen', { name: file.name })}
            </p>
          ) : null}
        </div>
        <RadioGroup
          legend={t('instruments.respondentLegend')}
          name="respondent"
          options={RESPONDENTS.map((value) => ({
            value,
            label: t(`instruments.respondent.${value}`),
          }))}
          value={respondent}
          onChange={setRespondent}
        />
        <RadioGroup
          legend={t('instruments.cadenceLegend')}
          name="cadence"
          options={CADENCES.map((value) => ({ value, label: t(`instruments.cadence.${value}`) }))}
          value={cadence}
          onChange={setCadence}
        />
        <TextAreaField
          label={t('instruments.licence')}
          hint={t('instruments.licenceHint')}
          name="licenceNote"
          value={licenceNote}
          onValueChange={setLicenceNote}
          maxLength={LICENCE_MAX}
          rows={3}
        />
        <div className="field">
          <label className="radio-option">
            <input
              type="checkbox"
              name="validated"
              checked={validated}
              onChange={(event) => setValidated(event.target.checked)}
              aria-describedby={`${fileId}-validated-hint`}
            />
            <span>{t('instruments.validated')}</span>
          </label>
          <p className="field__hint" id={`${fileId}-validated-hint`}>
            {t('instruments.validatedHint')}
          </p>
        </div>
        {importInstrument.isPending && file ? (
          <div className="upload-progress" role="status">
            <progress aria-labelledby={`${fileId}-sending`} />
            <span id={`${fileId}-sending`}>{t('instruments.sending', { name: file.name })}</span>
          </div>
        ) : null}
        <SubmitButton pending={importInstrument.isPending} pendingLabel={words.submitting}>
          {words.submit}
        </SubmitButton>
      </form>
    </section>
  );
}
