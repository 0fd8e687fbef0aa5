import { useId } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useTriggers } from './api';
import { TriggerForm } from './TriggerForm';
import { OwnTrigger, SharedTrigger } from './TriggerItems';
import '../../styles/talking.css';

/**
 * Trigger moments: the hurt partner notes theirs (private by default) and may share one; the
 * partner answers the ones shared with them, with suggestions for a reassuring reply.
 */
export function TriggersPage() {
  const ids = { log: useId(), mine: useId(), shared: useId() };
  const triggers = useTriggers();
  if (triggers.data === undefined) {
    return <SpacePageWaiting query={triggers} loadingLabel={t('talking.loading')} />;
  }
  const { mayLog, mine, sharedWithYou, suggestedResponses } = triggers.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('talking.triggers.title')}</PageHeading>
        <p className="lead">
          {mayLog ? t('talking.triggers.intro') : t('talking.triggers.notOffered')}
        </p>
      </div>
      {sharedWithYou.length > 0 || !mayLog ? (
        <section className="stack" aria-labelledby={ids.shared}>
          <h2 id={ids.shared}>{t('talking.triggers.sharedWithYouHeading')}</h2>
          {sharedWithYou.length === 0 ? (
            <p>{t('talking.triggers.sharedWithYouEmpty')}</p>
          ) : (
            <ul className="plain-list stack">
              {sharedWithYou.map((trigger) => (
                <li key={trigger.id}>
                  <SharedTrigger trigger={trigger} suggestions={suggestedResponses} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {mayLog ? (
        <>
          <section className="card stack" aria-labelledby={ids.log}>
            <h2 id={ids.log}>{t('talking.triggers.logHeading')}</h2>
            <TriggerForm />
          </section>
          <section className="stack" aria-labelledby={ids.mine}>
            <h2 id={ids.mine}>{t('talking.triggers.yoursHeading')}</h2>
            {mine.length === 0 ? (
              <p>{t('talking.triggers.yoursEmpty')}</p>
            ) : (
              <ul className="plain-list stack">
                {mine.map((trigger) => (
                  <li key={trigger.id}>
                    <OwnTrigger trigger={trigger} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
      <p>
        <Link href="/talking">{t('talking.hubLink')}</Link>
      </p>
    </div>
  );
}
