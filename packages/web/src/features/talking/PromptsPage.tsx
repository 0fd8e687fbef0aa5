import { useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useMarkPrompt, usePrompts } from './api';
import type { PromptCardView } from './types';
import '../../styles/talking.css';

/** A card with the person's two marks, which change at once and are saved behind the scenes. */
function PromptCard({ card }: { card: PromptCardView }) {
  const mark = useMarkPrompt();
  const [marks, setMarks] = useState({ favourite: card.favourite, talked_about: card.talkedAbout });
  const toggle = (kind: 'favourite' | 'talked_about', set: boolean) => {
    setMarks((current) => ({ ...current, [kind]: set }));
    mark.mutate(
      { id: card.id, kind, set },
      // Not saved: show the mark as it still is on the server.
      { onError: () => setMarks((current) => ({ ...current, [kind]: !set })) },
    );
  };
  return (
    <article className="card stack">
      <p className="prompt-card__question">{card.question}</p>
      {card.setting === 'call' ? (
        <p className="muted">{t('talking.prompts.suitedToCalls')}</p>
      ) : null}
      <div className="chip-row">
        <label className="radio-option">
          <input
            type="checkbox"
            checked={marks.favourite}
            onChange={(event) => toggle('favourite', event.target.checked)}
          />
          <span>{t('talking.prompts.favourite')}</span>
        </label>
        <label className="radio-option">
          <input
            type="checkbox"
            checked={marks.talked_about}
            onChange={(event) => toggle('talked_about', event.target.checked)}
          />
          <span>{t('talking.prompts.talkedAbout')}</span>
        </label>
      </div>
      <FormAlert message={mark.error ? errorMessage(mark.error) : null} />
    </article>
  );
}

/** Conversation cards: for where the person is first, each with their own marks. */
function CardList({ cards }: { cards: readonly PromptCardView[] }) {
  return (
    <ul className="plain-list stack">
      {cards.map((card) => (
        <li key={card.id}>
          <PromptCard card={card} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Conversation cards: those for where the person is, then those for any time; the rest of the
 * path is folded away so a phone screen is not a wall of questions. The person's favourites are
 * always in view.
 */
export function PromptsPage() {
  const ids = { stage: useId(), anyTime: useId(), favourites: useId() };
  const prompts = usePrompts();
  if (prompts.data === undefined) {
    return <SpacePageWaiting query={prompts} loadingLabel={t('talking.loading')} />;
  }
  const { cards } = prompts.data;
  const forStage = cards.filter((card) => card.forYourStage);
  const anyTime = cards.filter((card) => card.stages.length === 0);
  const rest = cards.filter((card) => !card.forYourStage && card.stages.length > 0);
  const favourites = rest.filter((card) => card.favourite);
  const folded = rest.filter((card) => !card.favourite);
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('talking.prompts.title')}</PageHeading>
        <p className="lead">{t('talking.prompts.intro')}</p>
      </div>
      {forStage.length > 0 ? (
        <section className="stack" aria-labelledby={ids.stage}>
          <h2 id={ids.stage}>{t('talking.prompts.forYourStage')}</h2>
          <CardList cards={forStage} />
        </section>
      ) : null}
      <section className="stack" aria-labelledby={ids.anyTime}>
        <h2 id={ids.anyTime}>{t('talking.prompts.anyTime')}</h2>
        <CardList cards={anyTime} />
      </section>
      {favourites.length > 0 ? (
        <section className="stack" aria-labelledby={ids.favourites}>
          <h2 id={ids.favourites}>{t('talking.prompts.favourites')}</h2>
          <CardList cards={favourites} />
        </section>
      ) : null}
      <details className="stack">
        <summary>{t('talking.prompts.others', { count: folded.length })}</summary>
        <CardList cards={folded} />
      </details>
      <p>
        <Link href="/talking">{t('talking.hubLink')}</Link>
      </p>
    </div>
  );
}
