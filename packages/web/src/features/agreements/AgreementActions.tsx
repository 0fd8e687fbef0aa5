import { AGREEMENT_LIMITS } from '@amend/core';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { t } from '../../i18n';
import { useAnswerAgreement, useEndAgreement, useProposeChange, useProposeSunsetStep } from './api';
import { TermsForm } from './TermsForm';
import type { Agreement } from './types';

/** Accept or decline the partner's proposal, or withdraw one's own. */
export function AnswerPanel({ agreement }: { agreement: Agreement }) {
  const answer = useAnswerAgreement(agreement.id);
  const [done, setDone] = useState<'accepted' | 'declined' | 'withdrawn' | null>(null);
  const waiting = agreement.waiting;
  const send = (choice: 'accept' | 'decline' | 'withdraw', result: typeof done) => {
    if (!waiting) return;
    answer.mutate(
      { version: waiting.version, answer: choice },
      { onSuccess: () => setDone(result) },
    );
  };
  return (
    <div className="stack">
      <p role="status" className="status-line">
        {done ? t(`agreements.detail.${done}`) : null}
      </p>
      <FormAlert message={answer.isError ? errorMessage(answer.error) : null} />
      {waiting && agreement.youMay.accept ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={answer.isPending}
            onClick={() => send('accept', 'accepted')}
          >
            {answer.isPending ? t('agreements.detail.answering') : t('agreements.detail.accept')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={answer.isPending}
            onClick={() => send('decline', 'declined')}
          >
            {t('agreements.detail.decline')}
          </button>
        </div>
      ) : null}
      {waiting && agreement.youMay.withdraw ? (
        <>
          <p>{t('agreements.detail.waitingForPartner')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              disabled={answer.isPending}
              onClick={() => send('withdraw', 'withdrawn')}
            >
              {t('agreements.detail.withdraw')}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}

/** The sunset path of the version in force: steps taken, the next one, and a way to take it. */
export function SunsetPanel({ agreement }: { agreement: Agreement }) {
  const headingId = useId();
  const step = useProposeSunsetStep(agreement.id);
  const [proposed, setProposed] = useState(false);
  const { current } = agreement;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agreements.detail.sunsetHeading')}</h2>
      {current.sunsetSteps.length === 0 ? (
        <p>{t('agreements.detail.sunsetNone')}</p>
      ) : (
        <ol className="sunset-path">
          {current.sunsetSteps.map((text, index) => {
            const status =
              index < current.stepsTaken
                ? 'sunsetTaken'
                : index === current.stepsTaken
                  ? 'sunsetNext'
                  : 'sunsetLater';
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a step is its place in the path
              <li key={index} className={`sunset-path__${status}`}>
                <span className="agreement-summary__meta">{t(`agreements.detail.${status}`)}</span>:{' '}
                {text}
              </li>
            );
          })}
        </ol>
      )}
      <p role="status" className="status-line">
        {proposed ? t('agreements.detail.sunsetProposed') : null}
      </p>
      <FormAlert message={step.isError ? errorMessage(step.error) : null} />
      {agreement.youMay.takeSunsetStep ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={step.isPending}
            onClick={() =>
              step.mutate(
                { basedOnVersion: current.version },
                { onSuccess: () => setProposed(true) },
              )
            }
          >
            {t('agreements.detail.sunsetPropose')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** A new version of the terms; the version in force stays until the partner accepts. */
export function ChangePanel({ agreement }: { agreement: Agreement }) {
  const headingId = useId();
  const change = useProposeChange(agreement.id);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const { current } = agreement;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agreements.detail.changeHeading')}</h2>
      <p>{t('agreements.detail.changeIntro')}</p>
      <p role="status" className="status-line">
        {saved ? t('agreements.detail.changeSaved') : null}
      </p>
      {!agreement.youMay.proposeChange ? (
        <p>{t('agreements.detail.changeWaiting')}</p>
      ) : open ? (
        <TermsForm
          initial={{
            title: current.title,
            practice: current.practice,
            category: current.category,
            reviewOn: current.reviewOn,
            sunsetSteps: [...current.sunsetSteps],
          }}
          stepsTaken={current.stepsTaken}
          askReason
          submitLabel={t('agreements.detail.changeSubmit')}
          pendingLabel={t('common.saving')}
          pending={change.isPending}
          error={change.error}
          onSubmit={(terms, reason) =>
            change.mutate(
              {
                basedOnVersion: current.version,
                terms,
                ...(reason.trim() ? { reason: reason.trim() } : {}),
              },
              {
                onSuccess: () => {
                  setOpen(false);
                  setSaved(true);
                },
              },
            )
          }
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            {t('agreements.detail.changeOpen')}
          </button>
        </div>
      )}
    </section>
  );
}

/** Ending, by either partner, with a reason both will see. */
export function EndPanel({ agreement }: { agreement: Agreement }) {
  const headingId = useId();
  const end = useEndAgreement(agreement.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    end.mutate(reason.trim());
  };
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agreements.detail.endHeading')}</h2>
      <p>{t('agreements.detail.endIntro')}</p>
      {open ? (
        <form className="stack" onSubmit={submit}>
          <FormAlert message={end.isError ? errorMessage(end.error) : null} />
          <TextAreaField
            label={t('agreements.detail.endReason')}
            name="reason"
            value={reason}
            onValueChange={setReason}
            maxLength={AGREEMENT_LIMITS.reasonLength}
            rows={3}
            required
          />
          <div className="button-row">
            <SubmitButton pending={end.isPending}>{t('agreements.detail.endSubmit')}</SubmitButton>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
            {t('agreements.detail.endOpen')}
          </button>
        </div>
      )}
    </section>
  );
}
