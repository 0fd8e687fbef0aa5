import { MEETING_NOTE_MAX_LENGTH } from '@amend/core';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { t } from '../../i18n';
import { CoachedTextarea } from '../coach/CoachedTextarea';
import { useSaveMeetingNote } from './api';
import type { Meeting } from './types';
import { nameOf } from './words';

/** How long typing must pause before a note is saved (each save is a version). */
const AUTOSAVE_DELAY_MS = 1200;

type SectionKey =
  | 'appreciations'
  | 'went_well'
  | 'was_hard'
  | 'agreements'
  | 'questions'
  | 'requests'
  | 'time_together';

/**
 * One part of the agenda: its guidance, your note (saved as you pause typing, and on leaving
 * the field) and your partner's latest note, which arrives by polling from the other screen.
 */
export function MeetingPart({
  meeting,
  part,
  number,
}: {
  meeting: Meeting;
  part: { id: string; minutes: number };
  number: number;
}) {
  const headingId = useId();
  const section = part.id as SectionKey;
  const save = useSaveMeetingNote(meeting.id);
  const open = meeting.finishedAt === null;
  const own = meeting.notes.find((note) => note.section === part.id && note.author?.isYou);
  const others = meeting.notes.filter((note) => note.section === part.id && !note.author?.isYou);
  // What the person types is theirs: polling never overwrites it, only the first load fills it.
  const [text, setText] = useState(own?.text ?? '');
  const lastSaved = useRef(own?.text ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!open || value === lastSaved.current || value.length > MEETING_NOTE_MAX_LENGTH) return;
    save.mutate(
      { section: part.id, text: value },
      { onSuccess: () => (lastSaved.current = value) },
    );
  };

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {number}. {t(`talking.meeting.sections.${section}.title`)}
      </h2>
      <p className="muted">{t('talking.meeting.partMinutes', { count: part.minutes })}</p>
      <p>{t(`talking.meeting.sections.${section}.prompt`)}</p>
      {section === 'agreements' ? (
        <ul className="stack">
          {meeting.agreementsInForce.map((agreement) => (
            <li key={agreement.id}>
              <strong>{agreement.title}</strong> — {agreement.practice}
            </li>
          ))}
          {meeting.commitmentsInForce.map((commitment) => (
            <li key={commitment.id}>
              {t('talking.meeting.commitment', { what: commitment.what })}
            </li>
          ))}
        </ul>
      ) : null}
      {section === 'questions' ? (
        <p>
          {t('talking.meeting.questionsWaiting', { count: meeting.questionsWaiting.open })}{' '}
          <Link href="/questions">{t('talking.meeting.questionsLink')}</Link>
        </p>
      ) : null}
      {open ? (
        <div className="stack">
          <CoachedTextarea
            label={t('talking.meeting.yourNote')}
            name={`meeting-${part.id}`}
            value={text}
            onValueChange={(value) => {
              setText(value);
              if (timer.current) clearTimeout(timer.current);
              timer.current = setTimeout(() => flush(value), AUTOSAVE_DELAY_MS);
            }}
            maxLength={MEETING_NOTE_MAX_LENGTH}
            rows={3}
            onBlur={() => flush(text)}
          />
          <p role="status" className="status-line">
            {save.isPending
              ? t('talking.meeting.saving')
              : save.isSuccess && text === lastSaved.current
                ? t('talking.meeting.saved')
                : null}
          </p>
          <FormAlert message={save.error ? errorMessage(save.error) : null} />
        </div>
      ) : own ? (
        <p className="meeting-part__partner">{own.text}</p>
      ) : null}
      {others.map((note) => (
        <div key={`${note.section}-${nameOf(note.author)}`} className="stack">
          <h3>{t('talking.meeting.partnerNote', { name: nameOf(note.author) })}</h3>
          <p className="meeting-part__partner">{note.text}</p>
        </div>
      ))}
    </section>
  );
}
