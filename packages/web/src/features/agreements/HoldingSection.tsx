import { HOLDING_MARKS, type HoldingMark } from '@amend/core';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formatCalendarDate, t } from '../../i18n';
import { useHoldingWeek, useSaveHolding } from './api';
import type { HoldingWeek } from './types';
import '../../styles/agreements.css';

const MARK_OPTIONS = HOLDING_MARKS.map((mark) => ({
  value: mark,
  label: t(`agreements.holding.marks.${mark}`),
}));

function PartnerView({ item }: { item: HoldingWeek['agreements'][number] }) {
  if (item.partners === null)
    return <p className="muted">{t('agreements.holding.partnerNotYet')}</p>;
  return (
    <>
      <p>
        {t('agreements.holding.partnerSaid', {
          mark: t(`agreements.holding.marks.${item.partners}`),
        })}
      </p>
      {item.comparison === 'gap' ? (
        <p className="holding-gap">{t('agreements.holding.gap')}</p>
      ) : item.comparison === 'same' ? (
        <p className="muted">{t('agreements.holding.same')}</p>
      ) : null}
    </>
  );
}

function HoldingForm({ week }: { week: HoldingWeek }) {
  const save = useSaveHolding();
  const [marks, setMarks] = useState<Record<string, HoldingMark | null>>(() =>
    Object.fromEntries(week.agreements.map((item) => [item.id, item.yours])),
  );
  const [saved, setSaved] = useState(false);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = Object.entries(marks).flatMap(([agreementId, mark]) =>
      mark ? [{ agreementId, mark }] : [],
    );
    setMissing(chosen.length === 0);
    if (chosen.length === 0) return;
    save.mutate(chosen, { onSuccess: () => setSaved(true) });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <FormAlert
        message={
          missing
            ? t('agreements.holding.chooseOne')
            : save.isError
              ? errorMessage(save.error)
              : null
        }
      />
      <ul className="plain-list stack">
        {week.agreements.map((item) => (
          <li key={item.id} className="stack holding-item">
            <RadioGroup
              legend={t('agreements.holding.legend', { title: item.title })}
              name={`holding-${item.id}`}
              options={MARK_OPTIONS}
              value={marks[item.id] ?? null}
              onChange={(mark) => {
                setSaved(false);
                setMarks((previous) => ({ ...previous, [item.id]: mark }));
              }}
            />
            {marks[item.id] === 'not_held' ? (
              <p>
                {t('agreements.holding.notHeldOffer')}{' '}
                <Link href="/incidents">{t('agreements.holding.notHeldLink')}</Link>
              </p>
            ) : null}
            {week.hasPartner ? <PartnerView item={item} /> : null}
          </li>
        ))}
      </ul>
      <p role="status" className="status-line">
        {saved
          ? t('agreements.holding.saved', { date: formatCalendarDate(week.editableUntil) })
          : null}
      </p>
      <div className="button-row">
        <SubmitButton
          pending={save.isPending}
          pendingLabel={t('agreements.holding.saving')}
          variant="secondary"
        >
          {t('agreements.holding.save')}
        </SubmitButton>
      </div>
    </form>
  );
}

/**
 * The weekly check-in's "did it hold?": its own section, saved on its own, so the rest of the
 * check-in form is untouched by it.
 */
export function HoldingSection() {
  const headingId = useId();
  const week = useHoldingWeek();
  if (week.data === undefined) return null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agreements.holding.heading')}</h2>
      {week.data.agreements.length === 0 ? (
        <p>{t('agreements.holding.none')}</p>
      ) : (
        <>
          <p>{t('agreements.holding.intro')}</p>
          <HoldingForm key={week.data.weekStart} week={week.data} />
        </>
      )}
      <p>
        <Link href="/agreements">{t('agreements.holding.manage')}</Link>
      </p>
    </section>
  );
}
