import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog';
import { FormAlert } from '../../app/ui/FormAlert';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { formatDateTime, t } from '../../i18n';
import {
  type TherapistAppointment,
  useCancelAppointment,
  useScheduleAppointment,
  useTherapistAppointments,
} from './appointmentsApi';
import type { CoupleView } from './types';

type Partner = CoupleView['partners'][number];

function namesOf(appointment: TherapistAppointment, partners: readonly Partner[]): string {
  return partners
    .filter((partner) => appointment.invitees.includes(partner.memberId))
    .map((partner) => partner.displayName)
    .join(', ');
}

/**
 * A couple session is with every partner in the space; an individual session with the one
 * partner chosen here (core's rule: only that partner sees it).
 */
function ScheduleForm({ coupleId, partners }: { coupleId: string; partners: Partner[] }) {
  const schedule = useScheduleAppointment(coupleId);
  const [startsAt, setStartsAt] = useState('');
  const [kind, setKind] = useState<'couple' | 'individual'>('couple');
  const [alone, setAlone] = useState<string>(() => partners[0]?.memberId ?? '');
  const [booked, setBooked] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setBooked(false);
    // The time is read as this browser's local time, which is how the field shows it.
    const instant = startsAt ? new Date(startsAt).toISOString() : '';
    const invitees = kind === 'couple' ? partners.map((partner) => partner.memberId) : [alone];
    schedule.mutate(
      { startsAt: instant, kind, invitees },
      {
        onSuccess: () => {
          setStartsAt('');
          setBooked(true);
        },
      },
    );
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert message={schedule.isError ? errorMessage(schedule.error) : null} />
      <p role="status" className="status-line">
        {booked ? t('therapist.appointments.booked') : null}
      </p>
      <TextField
        label={t('therapist.appointments.startsAt')}
        type="datetime-local"
        name="startsAt"
        value={startsAt}
        onValueChange={setStartsAt}
        required
      />
      <RadioGroup
        legend={t('therapist.sessions.kindLabel')}
        name="appointment-kind"
        options={(['couple', 'individual'] as const).map((option) => ({
          value: option,
          label: t(`therapist.sessions.kind.${option}`),
        }))}
        value={kind}
        onChange={setKind}
      />
      {kind === 'individual' ? (
        <RadioGroup
          legend={t('therapist.appointments.withWhom')}
          hint={t('therapist.appointments.individualPrivacy')}
          name="appointment-partner"
          options={partners.map((partner) => ({
            value: partner.memberId,
            label: partner.displayName,
          }))}
          value={alone}
          onChange={setAlone}
        />
      ) : (
        <p className="fine-print">
          {t('therapist.appointments.coupleExpected', {
            names: partners.map((partner) => partner.displayName).join(', '),
          })}
        </p>
      )}
      <div className="button-row">
        <SubmitButton pending={schedule.isPending} pendingLabel={t('therapist.sessions.pending')}>
          {t('therapist.appointments.book')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Appointments still to come: book one, see who is expected, cancel one after confirming. */
export function AppointmentsSection({
  coupleId,
  partners,
}: {
  coupleId: string;
  partners: Partner[];
}) {
  const headingId = useId();
  const appointments = useTherapistAppointments(coupleId);
  const cancel = useCancelAppointment(coupleId);
  const [cancelling, setCancelling] = useState<TherapistAppointment | null>(null);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.appointments.heading')}</h2>
      <p>{t('therapist.appointments.intro')}</p>
      {appointments.data === undefined ? (
        appointments.isError ? (
          <LoadFailed onRetry={() => void appointments.refetch()} />
        ) : (
          <Loading label={t('therapist.appointments.loading')} />
        )
      ) : appointments.data.length === 0 ? (
        <p>{t('therapist.appointments.none')}</p>
      ) : (
        <ul className="plain-list stack">
          {appointments.data.map((appointment) => (
            <li key={appointment.id} className="stack">
              <p>
                {t('therapist.appointments.entry', {
                  when: formatDateTime(appointment.startsAt),
                  kind: t(`therapist.sessions.kind.${appointment.kind}`),
                  names: namesOf(appointment, partners),
                })}
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    cancel.reset();
                    setCancelling(appointment);
                  }}
                >
                  {t('therapist.appointments.cancel')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('therapist.appointments.bookHeading')}</h3>
      <ScheduleForm coupleId={coupleId} partners={partners} />
      <ConfirmDialog
        open={cancelling !== null}
        title={t('therapist.appointments.confirmTitle')}
        confirmLabel={t('therapist.appointments.confirm')}
        cancelLabel={t('therapist.appointments.keep')}
        pending={cancel.isPending}
        pendingLabel={t('therapist.appointments.cancelling')}
        error={cancel.isError ? errorMessage(cancel.error) : null}
        onConfirm={() => {
          if (!cancelling) return;
          cancel.mutate(cancelling.id, { onSuccess: () => setCancelling(null) });
        }}
        onDismiss={() => setCancelling(null)}
      >
        <p>
          {cancelling
            ? t('therapist.appointments.confirmText', {
                when: formatDateTime(cancelling.startsAt),
              })
            : null}
        </p>
      </ConfirmDialog>
    </section>
  );
}
