import { AGREEMENT_TEMPLATES, addDays, localDateOf } from '@amend/core';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { isApiError } from '../../app/api/problem';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useMe } from '../accounts/api';
import { NeedsSpace } from '../space/NeedsSpace';
import { useAgreements, useProposeAgreement } from './api';
import { TermsForm } from './TermsForm';
import type { Agreement, AgreementTerms } from './types';
import { type AgreementSection, personName, reviewLine, sectionOf } from './words';
import '../../styles/agreements.css';

const SECTIONS: readonly AgreementSection[] = ['forYou', 'inForce', 'forPartner', 'closed'];
/** The template picker's value for writing an agreement from scratch. */
const BLANK = '';

function AgreementSummary({ agreement }: { agreement: Agreement }) {
  const shown =
    agreement.waiting && agreement.state === 'proposed' ? agreement.waiting : agreement.current;
  return (
    <article className="card stack agreement-summary">
      <h3>
        <Link href={`/agreements/${agreement.id}`}>{shown.title}</Link>
      </h3>
      <p className="agreement-summary__meta">
        <span className={`agreement-state agreement-state--${agreement.state}`}>
          {t(`agreements.state.${agreement.state}`)}
        </span>{' '}
        {t(`agreements.category.${shown.category}`)}
      </p>
      <p>{shown.practice}</p>
      <p className="muted">
        {reviewLine(shown.reviewOn)} ·{' '}
        {t('agreements.proposedBy', { name: personName(shown.proposedBy) })}
      </p>
    </article>
  );
}

function ProposeAgreement({ today }: { today: string }) {
  const headingId = useId();
  const templateId = useId();
  const propose = useProposeAgreement();
  const [templateChoice, setTemplateChoice] = useState(BLANK);
  const [saved, setSaved] = useState(false);
  const template = AGREEMENT_TEMPLATES.find((candidate) => candidate.id === templateChoice);
  const initial: AgreementTerms = template
    ? {
        title: template.title,
        practice: template.practice,
        category: template.category,
        reviewOn: addDays(today as Parameters<typeof addDays>[0], template.reviewAfterDays),
        sunsetSteps: [...template.sunsetSteps],
      }
    : {
        title: '',
        practice: '',
        category: 'other',
        reviewOn: addDays(today as Parameters<typeof addDays>[0], 90),
        sunsetSteps: [],
      };
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agreements.propose.heading')}</h2>
      <p>{t('agreements.propose.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={templateId}>
          {t('agreements.propose.templateLabel')}
        </label>
        <p className="field__hint">{t('agreements.propose.templateHint')}</p>
        <select
          id={templateId}
          className="input"
          value={templateChoice}
          onChange={(event) => {
            setTemplateChoice(event.target.value);
            setSaved(false);
          }}
        >
          <option value={BLANK}>{t('agreements.propose.blank')}</option>
          {AGREEMENT_TEMPLATES.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {t(`agreements.category.${candidate.category}`)}: {candidate.title}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="status-line">
        {saved ? t('agreements.propose.saved') : null}
      </p>
      <TermsForm
        // A new form for each starting point, so choosing an example fills it in afresh.
        key={`${templateChoice}-${saved ? 'sent' : 'draft'}`}
        initial={initial}
        submitLabel={t('agreements.propose.submit')}
        pendingLabel={t('agreements.propose.submitting')}
        pending={propose.isPending}
        error={propose.error}
        onSubmit={(terms) =>
          propose.mutate(terms, {
            onSuccess: () => {
              propose.reset();
              setTemplateChoice(BLANK);
              setSaved(true);
            },
          })
        }
      />
    </section>
  );
}

/** Every agreement of the space, grouped by what it needs, and a way to propose one. */
export function AgreementsPage() {
  const agreements = useAgreements();
  const me = useMe();
  const sectionIds = {
    forYou: useId(),
    inForce: useId(),
    forPartner: useId(),
    closed: useId(),
  } satisfies Record<AgreementSection, string>;
  if (agreements.data === undefined || !me.data) {
    if (agreements.isError) {
      if (isApiError(agreements.error, 'NOT_IN_SPACE')) return <NeedsSpace />;
      return <LoadFailed onRetry={() => void agreements.refetch()} />;
    }
    return <Loading label={t('agreements.loading')} />;
  }
  const today = localDateOf(new Date(), me.data.timeZone);
  const list = agreements.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('agreements.title')}</PageHeading>
        <p className="lead">{t('agreements.intro')}</p>
        <p className="callout">{t('agreements.freely')}</p>
        <p>{t('agreements.sharedNote')}</p>
      </div>
      {list.length === 0 ? (
        <p>{t('agreements.empty')}</p>
      ) : (
        SECTIONS.map((section) => {
          const inSection = list.filter((agreement) => sectionOf(agreement) === section);
          if (inSection.length === 0 && section !== 'inForce') return null;
          return (
            <section key={section} className="stack" aria-labelledby={sectionIds[section]}>
              <h2 id={sectionIds[section]}>{t(`agreements.sections.${section}`)}</h2>
              {inSection.length === 0 ? (
                <p>{t('agreements.noneInSection')}</p>
              ) : (
                <ul className="plain-list stack">
                  {inSection.map((agreement) => (
                    <li key={agreement.id}>
                      <AgreementSummary agreement={agreement} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
      <ProposeAgreement today={today} />
    </div>
  );
}
