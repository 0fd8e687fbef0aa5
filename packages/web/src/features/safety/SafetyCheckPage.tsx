import { useLocation } from 'wouter';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useSafetyQuestions } from './api';
import { MonitoredDeviceNote } from './MonitoredDeviceNote';
import { SafetyCheckForm } from './SafetyCheckForm';
import '../../styles/safety.css';

export function SafetyCheckPage() {
  const questions = useSafetyQuestions();
  const [, navigate] = useLocation();
  if (questions.isPending) return <Loading label={t('safety.check.loading')} />;
  if (questions.isError) return <LoadFailed onRetry={() => void questions.refetch()} />;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('safety.check.title')}</PageHeading>
        <p>{questions.data.description}</p>
        <p className="muted">{t('safety.check.privacy')}</p>
      </div>
      <SafetyCheckForm
        questions={questions.data}
        // Replace the form's history entry: Back from the result should not reopen the questions.
        onFinished={(result) => navigate(`/safety/results/${result.id}`, { replace: true })}
      />
      <MonitoredDeviceNote />
      <p className="muted">{t('safety.check.licence')}</p>
    </div>
  );
}
