import { type FormEvent, useId, useMemo, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { type MessageKey, t } from '../../i18n';
import {
  type Channels,
  REMINDER_KINDS,
  type ReminderKind,
  type ReminderPreferences,
  useSaveReminders,
  type WeeklyTime,
} from './api';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
const SESSION_LEADS = ['60', '180', '1440', '2880'] as const;

/** "19:30" for 1170 minutes: the value an <input type="time"> speaks. */
function timeText(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function minuteOf(text: string, fallback: number): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : fallback;
}

function TimeInput(props: { label: string; value: number; onChange: (minute: number) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        type="time"
        className="input input--time"
        value={timeText(props.value)}
        onChange={(event) => props.onChange(minuteOf(event.target.value, props.value))}
      />
    </div>
  );
}

function WeeklyFields(props: { value: WeeklyTime; onChange: (value: WeeklyTime) => void }) {
  const dayId = useId();
  return (
    <div className="reminder-row__when">
      <div className="field">
        <label className="field__label" htmlFor={dayId}>
          {t('reminders.day')}
        </label>
        <select
          id={dayId}
          className="input"
          value={String(props.value.weekday)}
          onChange={(event) =>
            props.onChange({ ...props.value, weekday: Number(event.target.value) })
          }
        >
          {WEEKDAYS.map((day) => (
            <option key={day} value={day}>
              {t(`reminders.weekdays.${day}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <TimeInput
        label={t('reminders.time')}
        value={props.value.minuteOfDay}
        onChange={(minuteOfDay) => props.onChange({ ...props.value, minuteOfDay })}
      />
    </div>
  );
}

function ChannelChoices(props: {
  legend: string;
  hint?: string;
  value: Channels;
  onChange: (value: Channels) => void;
  children?: React.ReactNode;
}) {
  const hintId = useId();
  return (
    <fieldset className="field reminder-row" aria-describedby={props.hint ? hintId : undefined}>
      <legend className="field__label">{props.legend}</legend>
      {props.hint ? (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <div className="reminder-row__channels">
        {(['email', 'push'] as const).map((channel) => (
          <label key={channel} className="radio-option">
            <input
              type="checkbox"
              checked={props.value[channel]}
              onChange={(event) =>
                props.onChange({ ...props.value, [channel]: event.target.checked })
              }
            />
            <span>{t(`reminders.channel.${channel}`)}</span>
          </label>
        ))}
      </div>
      {props.children}
    </fieldset>
  );
}

/** Every reminder, its channels and times, saved together with one button. */
export function ReminderChoicesForm({ initial }: { initial: ReminderPreferences }) {
  const [choices, setChoices] = useState(initial);
  const save = useSaveReminders();
  const headingId = useId();
  const zoneId = useId();
  const leadId = useId();
  const zones = useMemo(() => {
    const known = Intl.supportedValuesOf('timeZone');
    return known.includes(initial.timeZone) ? known : [initial.timeZone, ...known];
  }, [initial.timeZone]);
  const change = (next: Partial<ReminderPreferences>) => {
    save.reset();
    setChoices((current) => ({ ...current, ...next }));
  };
  const changeKind = (kind: ReminderKind, channels: Channels) =>
    change({ channels: { ...choices.channels, [kind]: channels } });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(choices);
  };

  return (
    <form className="stack stack--loose" onSubmit={onSubmit} noValidate>
      <FormAlert message={save.isError ? errorMessage(save.error) : null} />
      <section className="card stack" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('reminders.when.heading')}</h2>
        <div className="field">
          <label className="field__label" htmlFor={zoneId}>
            {t('reminders.when.timeZone')}
          </label>
          <p className="field__hint">{t('reminders.when.timeZoneHint')}</p>
          <select
            id={zoneId}
            className="input"
            value={choices.timeZone}
            onChange={(event) => change({ timeZone: event.target.value })}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
        <label className="radio-option">
          <input
            type="checkbox"
            checked={choices.quietHours !== null}
            onChange={(event) =>
              change({
                quietHours: event.target.checked ? { startMinute: 1320, endMinute: 420 } : null,
              })
            }
          />
          <span>{t('reminders.when.quiet')}</span>
        </label>
        {choices.quietHours ? (
          <div className="reminder-row__when">
            <TimeInput
              label={t('reminders.when.quietStart')}
              value={choices.quietHours.startMinute}
              onChange={(startMinute) =>
                change({ quietHours: { endMinute: 420, ...choices.quietHours, startMinute } })
              }
            />
            <TimeInput
              label={t('reminders.when.quietEnd')}
              value={choices.quietHours.endMinute}
              onChange={(endMinute) =>
                change({ quietHours: { startMinute: 1320, ...choices.quietHours, endMinute } })
              }
            />
          </div>
        ) : null}
        <p className="field__hint">{t('reminders.when.quietHint')}</p>
      </section>

      <section className="card stack" aria-label={t('reminders.kinds.heading')}>
        <h2>{t('reminders.kinds.heading')}</h2>
        {REMINDER_KINDS.map((kind) => (
          <ChannelChoices
            key={kind}
            legend={t(`reminders.kinds.${kind}`)}
            value={choices.channels[kind]}
            onChange={(channels) => changeKind(kind, channels)}
          >
            {kind === 'weekly_checkin' ? (
              <WeeklyFields
                value={choices.checkinTime}
                onChange={(checkinTime) => change({ checkinTime })}
              />
            ) : null}
            {kind === 'weekly_meeting' ? (
              <WeeklyFields
                value={choices.meetingTime}
                onChange={(meetingTime) => change({ meetingTime })}
              />
            ) : null}
            {kind === 'questionnaire_due' ? (
              <TimeInput
                label={t('reminders.dateTime')}
                value={choices.dateReminderMinute}
                onChange={(dateReminderMinute) => change({ dateReminderMinute })}
              />
            ) : null}
            {kind === 'therapy_session' ? (
              <div className="field">
                <label className="field__label" htmlFor={leadId}>
                  {t('reminders.sessionLead')}
                </label>
                <select
                  id={leadId}
                  className="input"
                  value={String(choices.sessionLeadMinutes)}
                  onChange={(event) => change({ sessionLeadMinutes: Number(event.target.value) })}
                >
                  {SESSION_LEADS.includes(
                    String(choices.sessionLeadMinutes) as (typeof SESSION_LEADS)[number],
                  ) ? null : (
                    <option value={String(choices.sessionLeadMinutes)}>
                      {timeText(choices.sessionLeadMinutes)}
                    </option>
                  )}
                  {SESSION_LEADS.map((lead) => (
                    <option key={lead} value={lead}>
                      {t(`reminders.sessionLeadOption.${lead}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </ChannelChoices>
        ))}
        <ChannelChoices
          legend={t('reminders.kinds.updates')}
          hint={t('reminders.kinds.updatesHint')}
          value={choices.updates}
          onChange={(updates) => change({ updates })}
        />
      </section>
      <div className="button-row">
        <SubmitButton pending={save.isPending} pendingLabel={t('reminders.saving')}>
          {t('reminders.save')}
        </SubmitButton>
      </div>
      <p className="status-line muted" role="status">
        {save.isSuccess ? t('reminders.saved') : ''}
      </p>
    </form>
  );
}
