import { PageHeading } from '../../app/ui/PageHeading';
import { formatCalendarDate, t } from '../../i18n';
import { OpenQuestionsCard } from '../honesty/OpenQuestionsCard';
import { InvitationPanel } from '../invitations/InvitationPanel';
import { PrivacyLinkCard } from '../privacy/PrivacyLinkCard';
import { TodayCard } from '../program/TodayCard';
import { SafetyScreenCard } from '../safety/SafetyScreenCard';
import { TimeOutBanner } from '../talking/TimeOutBanner';
import { AlongTheWayCard } from './AlongTheWayCard';
import { CheckInCard } from './CheckInCard';
import { LeaveSpaceSection } from './LeaveSpaceSection';
import { MembersCard } from './MembersCard';
import { NextStepsCard } from './NextStepsCard';
import { QuestionnairesCard } from './QuestionnairesCard';
import { SPACE_CAPACITY, type Space } from './types';

export function SpaceHome({ space }: { space: Space }) {
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('space.title')}</PageHeading>
        <p className="lead">{t('space.day', { count: space.daysSinceBegan })}</p>
        <p>
          {t('space.cameToLight', {
            count: space.daysSinceCameToLight,
            date: formatCalendarDate(space.cameToLightOn),
          })}
        </p>
      </div>
      <TimeOutBanner />
      <SafetyScreenCard />
      <TodayCard />
      <CheckInCard />
      <OpenQuestionsCard />
      <QuestionnairesCard />
      <AlongTheWayCard />
      <NextStepsCard keys={space.nextSteps} />
      {space.members.length < SPACE_CAPACITY ? (
        <InvitationPanel pendingInvitation={space.pendingInvitation} />
      ) : null}
      <MembersCard members={space.members} />
      <PrivacyLinkCard />
      <LeaveSpaceSection members={space.members} />
    </div>
  );
}
