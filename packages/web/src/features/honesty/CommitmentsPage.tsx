import { COMMITMENT_FREQUENCIES, type CommitmentFrequency } from '@amend/core';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useCommitments, useMakeCommitment } from './api';
import { CommitmentItem } from './CommitmentItem';
import '../../styles/talking.css';
import '../../styles/honesty.css';

function CommitmentForm() {
  const [what, setWhat] = useState('');
  const [howOften, setHowOften] = useState<CommitmentFrequency>('every_day');
  const [until, setUntil] = useState('');
  const make = useMakeCommitment();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    make.mutate(
      { what, howOften, until },
      {
        onSuccess: () => {
          setWhat('');
          setUntil('');
        },
      },
    );
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert message={make.error ? errorMessage(make.error) : null} />
      <TextField
        label={t('honesty.commitments.whatLabel')}
        hint={t('honesty.commitments.whatHint')}
        value={what}
        onValueChange={setWhat}
        maxLength={500}
        required
      />
      <RadioGroup
        legend={t('honesty.commitments.howOftenLabel')}
        name="howOften"
        value={howOften}
        onChange={setHowOften}
        options={COMMITMENT_FREQUENCIES.map((value) => ({
          value,
          label: t(`honesty.commitments.howOften.${value}`),
        }))}
      />
      <TextField
        type="date"
        label={t('honesty.commitments.untilLabel')}
        value={until}
        onValueChange={setUntil}
        required
      />
      <div className="button-row">
        <SubmitButton pending={make.isPending} pendingLabel={t('honesty.commitments.making')}>
          {t('honesty.commitments.make')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Amends and commitments: checkable promises, each week seen from both sides. */
export function CommitmentsPage() {
  const formId = useId();
  const listId = useId();
  const commitments = useCommitments();
  if (commitments.data === undefined) {
    return <SpacePageWaiting query={commitments} loadingLabel={t('honesty.loading')} />;
  }
  const { mayCommit } = commitments.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('honesty.commitments.title')}</PageHeading>
        <p className="lead">
          {mayCommit ? t('honesty.commitments.introAuthor') : t('honesty.commitments.introReader')}
        </p>
      </div>
      {mayCommit ? (
        <section className="card stack" aria-labelledby={formId}>
          <h2 id={formId}>{t('honesty.commitments.formHeading')}</h2>
          <CommitmentForm />
        </section>
      ) : null}
      <section className="stack" aria-labelledby={listId}>
        <h2 id={listId}>{t('honesty.commitments.title')}</h2>
        {commitments.data.commitments.length === 0 ? (
          <p>{t('honesty.commitments.empty')}</p>
        ) : (
          <ul className="plain-list stack">
            {commitments.data.commitments.map((commitment) => (
              <li key={commitment.id}>
                <CommitmentItem commitment={commitment} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link href="/honesty">{t('honesty.hubLink')}</Link>
      </p>
    </div>
  );
}
