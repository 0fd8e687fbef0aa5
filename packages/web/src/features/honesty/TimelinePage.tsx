import { TIMELINE_KINDS, type TimelineKind } from '@amend/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { TextField } from '../../app/ui/TextField';
import { formatCalendarDate, hasMessage, t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useTimeline } from './api';
import type { TimelineEntryView } from './types';
import '../../styles/honesty.css';

/** One entry as a sentence; the event codes come from the server, the words live here. */
function describe(entry: TimelineEntryView): string {
  if (entry.kind === 'incident') {
    return entry.event.startsWith('incident.proactive')
      ? t('honesty.timeline.incident.proactive')
      : t('honesty.timeline.incident.discovered');
  }
  if (entry.kind === 'disclosure') return t('honesty.timeline.disclosure');
  // Message keys are dot-separated paths, so the event's own dot becomes an underscore.
  const key = `honesty.timeline.events.${entry.event.replace('.', '_')}`;
  return hasMessage(key) ? t(key, { title: entry.title ?? '' }) : entry.event;
}

function queryOf(kinds: readonly TimelineKind[], from: string, to: string): string {
  const params = new URLSearchParams();
  if (kinds.length > 0 && kinds.length < TIMELINE_KINDS.length)
    params.set('kinds', kinds.join(','));
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return params.toString();
}

/** The road travelled, filterable by kind and by dates, newest first. */
export function TimelinePage() {
  const [kinds, setKinds] = useState<TimelineKind[]>([...TIMELINE_KINDS]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [query, setQuery] = useState('');
  const timeline = useTimeline(query);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(queryOf(kinds, from, to));
  };
  const toggle = (kind: TimelineKind) =>
    setKinds((current) =>
      current.includes(kind) ? current.filter((item) => item !== kind) : [...current, kind],
    );
  if (timeline.data === undefined) {
    return <SpacePageWaiting query={timeline} loadingLabel={t('honesty.loading')} />;
  }
  const { counts, entries } = timeline.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('honesty.timeline.title')}</PageHeading>
        <p className="lead">{t('honesty.timeline.intro')}</p>
      </div>
      <form className="card stack" onSubmit={onSubmit} noValidate>
        <fieldset className="stack">
          <legend>{t('honesty.timeline.filterHeading')}</legend>
          <div className="filter-row">
            {TIMELINE_KINDS.map((kind) => (
              <label key={kind} className="checkbox">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={() => toggle(kind)}
                />{' '}
                {t('honesty.timeline.kindCount', {
                  label: t(`honesty.timeline.kinds.${kind}`),
                  count: counts[kind],
                })}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="filter-row">
          <TextField
            type="date"
            label={t('honesty.timeline.from')}
            value={from}
            onValueChange={setFrom}
          />
          <TextField
            type="date"
            label={t('honesty.timeline.to')}
            value={to}
            onValueChange={setTo}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t('honesty.timeline.apply')}
          </button>
        </div>
      </form>
      {entries.length === 0 ? (
        <p>{t('honesty.timeline.empty')}</p>
      ) : (
        <ol className="plain-list stack timeline-list" aria-live="polite">
          {entries.map((entry) => (
            <li key={`${entry.kind}-${entry.event}-${entry.recordId}-${entry.at}`}>
              <p className="muted">{formatCalendarDate(entry.date)}</p>
              <p>{describe(entry)}</p>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link href="/honesty">{t('honesty.hubLink')}</Link>
      </p>
    </div>
  );
}
