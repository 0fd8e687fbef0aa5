import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { isApiError } from '../../app/api/problem';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formatCalendarDate, formatDateTime, t } from '../../i18n';
import { useMakeTherapistCode, useSetConsent, useYourTherapists } from './api';
import { CONSENT_CATEGORIES, type ConsentCategory, type YourTherapist } from './types';
import { categoryList } from './words';

function ConsentForm({ therapist }: { therapist: YourTherapist }) {
  const set = useSetConsent(therapist.therapistId);
  const [chosen, setChosen] = useState<ConsentCategory[]>(therapist.yourConsent);
  const save = (categories: ConsentCategory[]) => {
    setChosen(categories);
    set.mutate(categories);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save(chosen);
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert message={set.isError ? errorMessage(set.error) : null} />
      <fieldset className="stack">
        <legend>{t('therapist.consent.choose', { name: therapist.displayName })}</legend>
        {CONSENT_CATEGORIES.map((category) => (
          <label className="radio-option" key={category}>
            <input
              type="checkbox"
              name={category}
              checked={chosen.includes(category)}
              onChange={(event) => {
                set.reset();
                setChosen((current) =>
                  event.target.checked
                    ? [...current, category]
                    : current.filter((c) => c !== category),
                );
              }}
            />
            <span>{t(`therapist.couple.category.${category}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <SubmitButton pending={set.isPending} pendingLabel={t('therapist.consent.saving')}>
          {t('therapist.consent.save')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={() => save([])}>
          {t('therapist.consent.stopAll')}
        </button>
      </div>
      <p className="status-line" role="status">
        {set.isSuccess ? t('therapist.consent.saved', { name: therapist.displayName }) : ''}
      </p>
    </form>
  );
}

function TherapistItem({ therapist }: { therapist: YourTherapist }) {
  return (
    <article className="stack">
      <h3>
        {t('therapist.consent.therapist', {
          name: therapist.displayName,
          profession: therapist.profession,
          practice: therapist.practiceName,
          licence: therapist.licenceNumber,
        })}
      </h3>
      {therapist.yourConsent.length === 0 ? (
        <p>{t('therapist.consent.nothing', { name: therapist.displayName })}</p>
      ) : null}
      <ConsentForm therapist={therapist} />
      {therapist.history.length > 0 ? (
        <details className="disclosure">
          <summary>{t('therapist.consent.historyHeading')}</summary>
          <ul>
            {therapist.history.map((entry) => (
              <li key={entry.at}>
                {formatDateTime(entry.at)}:{' '}
                {t(
                  `therapist.consent.change.${entry.change as 'granted' | 'widened' | 'narrowed' | 'changed' | 'revoked'}`,
                  { list: categoryList(entry.categories) },
                )}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}

/** In settings: the space's therapists, and what this partner lets each of them see. */
export function TherapistConsentSection() {
  const headingId = useId();
  const therapists = useYourTherapists();
  const makeCode = useMakeTherapistCode();
  // Someone not in a space yet has no therapist to share with.
  if (therapists.isError && isApiError(therapists.error, 'NOT_IN_SPACE')) return null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.consent.heading')}</h2>
      <p>{t('therapist.consent.intro')}</p>
      {therapists.data?.length === 0 ? <p>{t('therapist.consent.none')}</p> : null}
      {therapists.data?.map((therapist) => (
        <TherapistItem key={therapist.therapistId} therapist={therapist} />
      ))}
      <FormAlert message={makeCode.isError ? errorMessage(makeCode.error) : null} />
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={makeCode.isPending}
          onClick={() => makeCode.mutate()}
        >
          {makeCode.isPending ? t('therapist.consent.making') : t('therapist.consent.makeCode')}
        </button>
      </div>
      <p className="status-line" role="status">
        {makeCode.data
          ? t('therapist.consent.code', {
              code: makeCode.data.code,
              date: formatCalendarDate(makeCode.data.expiresAt.slice(0, 10)),
            })
          : ''}
      </p>
    </section>
  );
}
