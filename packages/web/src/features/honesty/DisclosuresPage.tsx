import { DISCLOSURE_TOPICS, type DisclosureTopic } from '@amend/core';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import {
  formatCalendarDate,
  formatDateTime,
  type MessageKey,
  t,
  todayInTimeZone,
} from '../../i18n';
import { CoachedTextarea } from '../coach/CoachedTextarea';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useDisclosures, useMakeDisclosure } from './api';
import { nameOf } from './words';
import '../../styles/talking.css';
import '../../styles/honesty.css';

function DisclosureForm() {
  const [topic, setTopic] = useState<DisclosureTopic>('contact');
  const [occurredOn, setOccurredOn] = useState(() => todayInTimeZone());
  const [text, setText] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const make = useMakeDisclosure();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    make.mutate(
      { topic, occurredOn, text, idempotencyKey },
      {
        onSuccess: () => {
          setText('');
          setIdempotencyKey(crypto.randomUUID());
        },
      },
    );
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert message={make.error ? errorMessage(make.error) : null} />
      <RadioGroup
        legend={t('honesty.disclosures.topicLabel')}
        name="topic"
        value={topic}
        onChange={setTopic}
        options={DISCLOSURE_TOPICS.map((value) => ({
          value,
          label: t(`honesty.disclosures.topics.${value}`),
        }))}
      />
      <TextField
        type="date"
        label={t('honesty.disclosures.occurredOnLabel')}
        value={occurredOn}
        onValueChange={setOccurredOn}
        max={todayInTimeZone()}
        required
      />
      <CoachedTextarea
        label={t('honesty.disclosures.textLabel')}
        name="disclosure"
        value={text}
        onValueChange={setText}
        maxLength={4000}
      />
      <div className="button-row">
        <SubmitButton pending={make.isPending} pendingLabel={t('honesty.disclosures.sending')}>
          {t('honesty.disclosures.send')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** "I'm telling you before you ask": made by the involved partner, read by both. */
export function DisclosuresPage() {
  const formId = useId();
  const listId = useId();
  const disclosures = useDisclosures();
  if (disclosures.data === undefined) {
    return <SpacePageWaiting query={disclosures} loadingLabel={t('honesty.loading')} />;
  }
  const { mayDisclose } = disclosures.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('honesty.disclosures.title')}</PageHeading>
        <p className="lead">
          {mayDisclose
            ? t('honesty.disclosures.introDiscloser')
            : t('honesty.disclosures.introReader')}
        </p>
        <p>
          <Link href="/disclosures/account">{t('honesty.disclosures.accountLink')}</Link>
        </p>
      </div>
      {mayDisclose ? (
        <section className="card stack" aria-labelledby={formId}>
          <h2 id={formId}>{t('honesty.disclosures.formHeading')}</h2>
          <DisclosureForm />
        </section>
      ) : null}
      <section className="stack" aria-labelledby={listId}>
        <h2 id={listId}>{t('honesty.disclosures.title')}</h2>
        {disclosures.data.disclosures.length === 0 ? (
          <p>{t('honesty.disclosures.empty')}</p>
        ) : (
          <ul className="plain-list stack">
            {disclosures.data.disclosures.map((item) => (
              <li key={item.id} className="talking-item stack">
                <p className="muted">
                  {t('honesty.disclosures.line', {
                    name: nameOf(item.by),
                    date: formatDateTime(item.createdAt),
                    topic: t(`honesty.disclosures.topics.${item.topic}` as MessageKey),
                    occurredOn: formatCalendarDate(item.occurredOn),
                  })}
                </p>
                <p className="answer__text">{item.text}</p>
                {item.incidentId ? <p>{t('honesty.disclosures.countedAsIncident')}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link href="/honesty">{t('honesty.hubLink')}</Link>
      </p>
    </div>
  );
}
