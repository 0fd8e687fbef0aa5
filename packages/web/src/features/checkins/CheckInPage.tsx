import { useState } from 'react';
import { Link } from 'wouter';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatCalendarDate, t } from '../../i18n';
import { useMe } from '../accounts/api';
import { HoldingSection } from '../agreements/HoldingSection';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useCheckins } from './api';
import { CheckInForm } from './CheckInForm';
import { CheckInSaved, CheckInSavedOffline } from './CheckInSaved';
import type { CheckIn } from './types';

export function CheckInPage() {
  const me = useMe();
  const overview = useCheckins();
  const [saved, setSaved] = useState<{ checkin: CheckIn; changed: boolean } | null>(null);
  const [savedOffline, setSavedOffline] = useState(false);

  if (saved) return <CheckInSaved checkin={saved.checkin} changed={saved.changed} />;
  if (savedOffline) return <CheckInSavedOffline />;
  // Once loaded, the form stays on screen through background refreshes, even failed ones:
  // what the person has typed must never disappear.
  if (overview.data === undefined) {
    return <SpacePageWaiting query={overview} loadingLabel={t('checkIn.loading')} />;
  }
  const user = me.data;
  if (!user) return <Loading label={t('common.loading')} />;

  const { thisWeek } = overview.data;
  if (thisWeek && !thisWeek.editable) {
    return (
      <div className="stack stack--loose">
        <PageHeading>{t('checkIn.title')}</PageHeading>
        <p>{t('checkIn.closed')}</p>
        <p>
          <Link href="/progress">{t('checkIn.saved.progress')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('checkIn.title')}</PageHeading>
        <p>
          {thisWeek
            ? t('checkIn.introEditing', { date: formatCalendarDate(thisWeek.editableUntil) })
            : t('checkIn.intro')}
        </p>
      </div>
      <HoldingSection />
      <CheckInForm
        overview={overview.data}
        userId={user.id}
        onSaved={(checkin, changed) => setSaved({ checkin, changed })}
        onSavedOffline={() => setSavedOffline(true)}
      />
    </div>
  );
}
