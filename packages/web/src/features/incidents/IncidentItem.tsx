import { useEffect, useId, useRef, useState } from 'react';
import { formatCalendarDate, formatDate, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import { useCorrectIncident } from './api';
import { IncidentForm } from './IncidentForm';
import { NoteForm } from './NoteForm';
import type { Incident, IncidentVersion } from './types';
import { personName } from './words';

type Open = 'none' | 'note' | 'correct';

function VersionFacts({ version }: { version: IncidentVersion }) {
  return (
    <>
      <p>
        <strong>{t(`incidents.kind.${version.kind}`)}</strong> ·{' '}
        {t('incidents.on', { date: formatCalendarDate(version.occurredOn) })} ·{' '}
        {t(`incidents.disclosure.${version.disclosure}`)}
      </p>
      <p>{version.description ?? <span className="muted">{t('incidents.noDescription')}</span>}</p>
    </>
  );
}

/** One incident: its current facts, who reported it, its history and context. */
export function IncidentItem({ incident }: { incident: Incident }) {
  const headingId = useId();
  const timeZone = useTimeZone();
  const correct = useCorrectIncident(incident.id);
  const [open, setOpen] = useState<Open>('none');
  const [saved, setSaved] = useState<'note' | 'correct' | null>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const formAreaRef = useRef<HTMLDivElement>(null);
  const { current, history, notes } = incident;
  const corrections = history.length - 1;
  const mine = incident.reportedBy?.isYou === true;

  // Opening a form moves focus into it, where the buttons that opened it were.
  useEffect(() => {
    if (open !== 'none') {
      formAreaRef.current?.querySelector<HTMLElement>('input:checked, textarea')?.focus();
    }
  }, [open]);

  /** Closing a form returns focus to the buttons that opened it. */
  const close = (done: 'note' | 'correct' | null) => {
    setOpen('none');
    setSaved(done);
    correct.reset();
    requestAnimationFrame(() => actionsRef.current?.querySelector('button')?.focus());
  };

  return (
    <article className="card stack incident" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`incidents.kind.${current.kind}`)}</h3>
      <p className="muted">
        {t('incidents.on', { date: formatCalendarDate(current.occurredOn) })} ·{' '}
        {t('incidents.reportedBy', { name: personName(incident.reportedBy) })} ·{' '}
        {t('incidents.about', { name: personName(incident.about) })}
      </p>
      <p>
        <span className={`tag tag--${current.disclosure}`}>
          {t(`incidents.disclosure.${current.disclosure}`)}
        </span>
      </p>
      <p>{current.description ?? <span className="muted">{t('incidents.noDescription')}</span>}</p>
      {corrections > 0 ? (
        <details className="disclosure">
          <summary>{t('incidents.history.summary', { count: corrections })}</summary>
          <ol className="plain-list stack incident__history">
            {history.map((version) => (
              <li key={version.version} className="stack">
                <h4>
                  {version.version === 1
                    ? t('incidents.history.first', {
                        date: formatDate(version.createdAt, timeZone),
                      })
                    : t('incidents.history.correction', {
                        n: version.version - 1,
                        date: formatDate(version.createdAt, timeZone),
                      })}
                </h4>
                <VersionFacts version={version} />
                {version.reason ? (
                  <p>{t('incidents.history.reason', { reason: version.reason })}</p>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {notes.length > 0 ? (
        <div className="stack">
          <h4>{t('incidents.notes.heading')}</h4>
          <ul className="plain-list stack">
            {notes.map((note) => (
              <li key={note.id}>
                <p className="incident__note">{note.text}</p>
                <p className="muted">
                  {t('incidents.notes.added', { date: formatDate(note.createdAt, timeZone) })}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p role="status" className="status-line">
        {saved === 'note' ? t('incidents.addContext.saved') : null}
        {saved === 'correct' ? t('incidents.correct.saved') : null}
      </p>
      {mine && open === 'none' ? (
        <div ref={actionsRef} className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSaved(null);
              setOpen('note');
            }}
          >
            {t('incidents.actions.addContext')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSaved(null);
              setOpen('correct');
            }}
          >
            {t('incidents.actions.correct')}
          </button>
        </div>
      ) : null}
      <div ref={formAreaRef}>
        {mine && open === 'note' ? (
          <NoteForm
            incidentId={incident.id}
            onDone={() => close('note')}
            onCancel={() => close(null)}
          />
        ) : null}
        {mine && open === 'correct' ? (
          <div className="stack">
            <h4>{t('incidents.correct.heading')}</h4>
            <IncidentForm
              mode="correct"
              initial={current}
              submitLabel={t('incidents.correct.submit')}
              pending={correct.isPending}
              error={correct.error}
              onSubmit={async (request) => {
                if (request.mode !== 'correct') return;
                await correct.mutateAsync(request.input);
                close('correct');
              }}
              onCancel={() => close(null)}
            />
          </div>
        ) : null}
      </div>
    </article>
  );
}
