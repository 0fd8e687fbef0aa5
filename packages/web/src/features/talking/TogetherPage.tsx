import { APPRECIATION_MAX_LENGTH, TOGETHER_KINDS, TOGETHER_TITLE_MAX_LENGTH } from '@amend/core';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { formatDate, t } from '../../i18n';
import { failedOffline, keepToSendLater } from '../../offline/outbox';
import { useMe } from '../accounts/api';
import { CoachedTextarea } from '../coach/CoachedTextarea';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { usePlanTimeTogether, useSendAppreciation, useTogether } from './api';
import { TogetherPlans } from './TogetherPlans';
import { nameOf } from './words';
import '../../styles/talking.css';

type Kind = (typeof TOGETHER_KINDS)[number];

function AppreciationForm() {
  const send = useSendAppreciation();
  const userId = useMe().data?.id;
  const { formRef, errorFor, check } = useFormErrors<'text'>(send.error);
  const [text, setText] = useState('');
  // One key per appreciation being written, so a retry (or the offline queue) sends it once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  // Sent now, or kept on this device to be sent when the connection is back.
  const [sent, setSent] = useState<'no' | 'sent' | 'kept'>('no');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent('no');
    if (!check(text.trim() ? {} : { text: t('talking.together.required') })) return;
    const input = { text: text.trim() };
    const done = (how: 'sent' | 'kept') => {
      setText('');
      setIdempotencyKey(crypto.randomUUID());
      setSent(how);
    };
    send.mutate(
      { ...input, idempotencyKey },
      {
        onSuccess: () => done('sent'),
        onError: (error) => {
          if (!failedOffline(error) || !userId) return;
          void keepToSendLater({
            kind: 'appreciation',
            path: '/together/appreciations',
            body: input,
            idempotencyKey,
            userId,
          }).then(() => {
            send.reset();
            done('kept');
          });
        },
      },
    );
  };
  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={send.error ? errorMessage(send.error) : null} />
      <p role="status" className="status-line">
        {sent === 'sent' ? t('talking.together.sent') : null}
        {sent === 'kept' ? t('reminders.offline.savedOffline') : null}
      </p>
      <CoachedTextarea
        label={t('talking.together.appreciation')}
        hint={t('talking.together.appreciationHint')}
        name="appreciation"
        value={text}
        onValueChange={setText}
        maxLength={APPRECIATION_MAX_LENGTH}
        rows={2}
        error={errorFor('text')}
        required
      />
      <div className="button-row">
        <SubmitButton pending={send.isPending}>{t('talking.together.send')}</SubmitButton>
      </div>
    </form>
  );
}

type PlanField = 'kind' | 'title' | 'plannedFor';

function PlanForm() {
  const plan = usePlanTimeTogether();
  const userId = useMe().data?.id;
  const { formRef, errorFor, check } = useFormErrors<PlanField>(plan.error);
  const [kind, setKind] = useState<Kind | null>(null);
  const [title, setTitle] = useState('');
  const [plannedFor, setPlannedFor] = useState('');
  // One key per plan being made, so a retry (or the offline queue) makes it once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  // Sent now, or kept on this device to be sent when the connection is back.
  const [planned, setPlanned] = useState<'no' | 'sent' | 'kept'>('no');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPlanned('no');
    const errors: FieldErrors<PlanField> = {};
    if (kind === null) errors.kind = t('talking.together.required');
    if (!title.trim()) errors.title = t('talking.together.required');
    if (!plannedFor) errors.plannedFor = t('talking.together.required');
    if (!check(errors) || kind === null) return;
    const input = { kind, title: title.trim(), plannedFor };
    const done = (how: 'sent' | 'kept') => {
      setKind(null);
      setTitle('');
      setPlannedFor('');
      setIdempotencyKey(crypto.randomUUID());
      setPlanned(how);
    };
    plan.mutate(
      { ...input, idempotencyKey },
      {
        onSuccess: () => done('sent'),
        onError: (error) => {
          if (!failedOffline(error) || !userId) return;
          void keepToSendLater({
            kind: 'together',
            path: '/together/plans',
            body: input,
            idempotencyKey,
            userId,
          }).then(() => {
            plan.reset();
            done('kept');
          });
        },
      },
    );
  };
  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={plan.error ? errorMessage(plan.error) : null} />
      <p role="status" className="status-line">
        {planned === 'sent' ? t('talking.together.planned') : null}
        {planned === 'kept' ? t('reminders.offline.savedOffline') : null}
      </p>
      <RadioGroup
        legend={t('talking.together.kind')}
        name="together-kind"
        options={TOGETHER_KINDS.map((value) => ({
          value,
          label: t(`talking.together.kinds.${value}`),
        }))}
        value={kind}
        onChange={setKind}
        error={errorFor('kind')}
        required
      />
      <TextField
        label={t('talking.together.titleField')}
        value={title}
        onValueChange={setTitle}
        maxLength={TOGETHER_TITLE_MAX_LENGTH}
        error={errorFor('title')}
        required
      />
      <TextField
        label={t('talking.together.plannedFor')}
        type="date"
        value={plannedFor}
        onValueChange={setPlannedFor}
        error={errorFor('plannedFor')}
        required
      />
      <div className="button-row">
        <SubmitButton pending={plan.isPending}>{t('talking.together.plan')}</SubmitButton>
      </div>
    </form>
  );
}

/** Appreciations sent between the partners, and time together planned and done. */
export function TogetherPage() {
  const ids = { send: useId(), list: useId(), plan: useId(), plans: useId() };
  const together = useTogether();
  if (together.data === undefined) {
    return <SpacePageWaiting query={together} loadingLabel={t('talking.loading')} />;
  }
  const { appreciations, plans } = together.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('talking.together.title')}</PageHeading>
        <p className="lead">{t('talking.together.intro')}</p>
      </div>
      <section className="card stack" aria-labelledby={ids.send}>
        <h2 id={ids.send}>{t('talking.together.appreciationHeading')}</h2>
        <AppreciationForm />
      </section>
      <section className="stack" aria-labelledby={ids.list}>
        <h2 id={ids.list}>{t('talking.together.appreciationsHeading')}</h2>
        {appreciations.length === 0 ? (
          <p>{t('talking.together.appreciationsEmpty')}</p>
        ) : (
          <ul className="plain-list stack">
            {appreciations.map((appreciation) => (
              <li key={appreciation.id} className="talking-item stack">
                <p>{appreciation.text}</p>
                <p className="muted">
                  {t('talking.together.appreciationFrom', {
                    name: nameOf(appreciation.from),
                    date: formatDate(appreciation.createdAt),
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card stack" aria-labelledby={ids.plan}>
        <h2 id={ids.plan}>{t('talking.together.planHeading')}</h2>
        <PlanForm />
      </section>
      <section className="stack" aria-labelledby={ids.plans}>
        <h2 id={ids.plans}>{t('talking.together.plansHeading')}</h2>
        <TogetherPlans plans={plans} />
      </section>
      <p>
        <Link href="/talking">{t('talking.hubLink')}</Link>
      </p>
    </div>
  );
}
