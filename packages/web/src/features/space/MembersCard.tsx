import { useId } from 'react';
import { formatDate, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import type { Member } from './types';

export function MembersCard({ members }: { members: readonly Member[] }) {
  const headingId = useId();
  const timeZone = useTimeZone();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('space.membersHeading')}</h2>
      <ul className="plain-list member-list">
        {members.map((member) => (
          <li key={member.id} className="member">
            <p className="member__name">
              {member.displayName}
              {member.isYou ? <span className="member__you"> {t('space.you')}</span> : null}
            </p>
            <p className="member__meta">
              {t('space.memberMeta', {
                role: t(`roles.member.${member.role}`),
                date: formatDate(member.joinedAt, timeZone),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
