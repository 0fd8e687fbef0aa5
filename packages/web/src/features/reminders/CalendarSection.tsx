import { useId } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { formatDate, t } from '../../i18n';
import { useCalendarLink, useCreateCalendarLink, useRevokeCalendarLink } from './api';

/** The private calendar link: made (shown once), replaced, or stopped. */
export function CalendarSection() {
  const headingId = useId();
  const linkId = useId();
  const hintId = useId();
  const status = useCalendarLink();
  const create = useCreateCalendarLink();
  const revoke = useRevokeCalendarLink();
  const failure = create.isError ? create.error : revoke.isError ? revoke.error : null;
  const working = create.isPending || revoke.isPending;

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reminders.calendar.heading')}</h2>
      <p>{t('reminders.calendar.body')}</p>
      <p className="fine-print">{t('reminders.calendar.meetingNote')}</p>
      <FormAlert message={failure ? errorMessage(failure) : null} />
      <p role="status">
        {status.data?.active && status.data.createdAt
          ? t('reminders.calendar.active', { date: formatDate(status.data.createdAt) })
          : status.data
            ? t('reminders.calendar.none')
            : ''}
      </p>
      {create.isSuccess && status.data?.active ? (
        <div className="field">
          <label className="field__label" htmlFor={linkId}>
            {t('reminders.calendar.copyLabel')}
          </label>
          <p className="field__hint" id={hintId}>
            {t('reminders.calendar.copyHint')}
          </p>
          <input
            id={linkId}
            className="input input--code"
            readOnly
            value={create.data}
            aria-describedby={hintId}
            onFocus={(event) => event.target.select()}
          />
        </div>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={working}
          onClick={() => {
            revoke.reset();
            create.mutate();
          }}
        >
          {working
            ? t('reminders.calendar.working')
            : status.data?.active
              ? t('reminders.calendar.replace')
              : t('reminders.calendar.create')}
        </button>
        {status.data?.active ? (
          <button
            type="button"
            className="button button--quiet"
            disabled={working}
            onClick={() => {
              create.reset();
              revoke.mutate();
            }}
          >
            {t('reminders.calendar.revoke')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
