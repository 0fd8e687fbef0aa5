import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useReminders } from './api';
import { CalendarSection } from './CalendarSection';
import { PushSection } from './PushSection';
import { ReminderChoicesForm } from './ReminderChoicesForm';
import '../../styles/reminders.css';

/** /settings/reminders: what reaches the person outside the app, and when. */
export function RemindersPage() {
  const reminders = useReminders();
  if (reminders.isPending) return <Loading label={t('reminders.loading')} />;
  if (reminders.isError) return <LoadFailed onRetry={() => void reminders.refetch()} />;
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('reminders.title')}</PageHeading>
      <p>{t('reminders.intro')}</p>
      <ReminderChoicesForm initial={reminders.data.preferences} />
      <PushSection devices={reminders.data.pushDevices} />
      <CalendarSection />
    </div>
  );
}
