import { useId } from 'react';
import { hasMessage, t } from '../../i18n';

/**
 * The server decides what comes next; we only know how to word some steps. Steps added by
 * a newer server are skipped until this app learns their words.
 */
export function NextStepsCard({ keys }: { keys: readonly string[] }) {
  const headingId = useId();
  const steps = keys.flatMap((key) => {
    const title = `space.nextSteps.${key}.title`;
    const body = `space.nextSteps.${key}.body`;
    return hasMessage(title) && hasMessage(body) ? [{ key, title: t(title), body: t(body) }] : [];
  });
  if (steps.length === 0) return null;

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('space.nextStepsHeading')}</h2>
      <ul className="plain-list stack">
        {steps.map((step) => (
          <li key={step.key} className="next-step">
            <h3 className="next-step__title">{step.title}</h3>
            <p>{step.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
