import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { ForgotPasswordPage } from '../features/accounts/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/accounts/ResetPasswordPage';
import { SignInPage } from '../features/accounts/SignInPage';
import { SignUpPage } from '../features/accounts/SignUpPage';
import { WelcomePage } from '../features/accounts/WelcomePage';
import { CheckInPage } from '../features/checkins/CheckInPage';
import { JoinPage } from '../features/invitations/JoinPage';
import { SpacePage } from '../features/space/SpacePage';
import { t } from '../i18n';
import { NotFoundPage } from './NotFoundPage';
import { SignedInOnly, SignedOutOnly } from './SessionGate';
import { Loading } from './ui/Loading';

// The dashboard carries the charting library; it loads only when someone opens it.
const ProgressPage = lazy(() =>
  import('../features/progress/ProgressPage').then((module) => ({ default: module.ProgressPage })),
);

// The questionnaires are visited monthly, so they too load only when opened.
const QuestionnairesPage = lazy(() =>
  import('../features/questionnaires/QuestionnairesPage').then((module) => ({
    default: module.QuestionnairesPage,
  })),
);
const QuestionnairePage = lazy(() =>
  import('../features/questionnaires/QuestionnairePage').then((module) => ({
    default: module.QuestionnairePage,
  })),
);

// Setbacks and therapy sessions are visited now and then; they load only when opened.
const IncidentsPage = lazy(() =>
  import('../features/incidents/IncidentsPage').then((module) => ({
    default: module.IncidentsPage,
  })),
);
const SessionsPage = lazy(() =>
  import('../features/sessions/SessionsPage').then((module) => ({
    default: module.SessionsPage,
  })),
);

export function Routes() {
  return (
    <Switch>
      <Route path="/">
        <SignedOutOnly redirectTo={() => '/space'}>
          <WelcomePage />
        </SignedOutOnly>
      </Route>
      <Route path="/sign-up">
        <SignedOutOnly>
          <SignUpPage />
        </SignedOutOnly>
      </Route>
      <Route path="/sign-in">
        <SignedOutOnly>
          <SignInPage />
        </SignedOutOnly>
      </Route>
      <Route path="/forgot-password" component={ForgotPasswordPage} />
      <Route path="/reset-password" component={ResetPasswordPage} />
      <Route path="/space">
        <SignedInOnly>
          <SpacePage />
        </SignedInOnly>
      </Route>
      <Route path="/check-in">
        <SignedInOnly>
          <CheckInPage />
        </SignedInOnly>
      </Route>
      <Route path="/progress">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('progress.loading')} />}>
            <ProgressPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/questionnaires">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('questionnaires.listLoading')} />}>
            <QuestionnairesPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/questionnaires/:id">
        {({ id }) => (
          <SignedInOnly>
            <Suspense fallback={<Loading label={t('questionnaires.loading')} />}>
              <QuestionnairePage key={id} id={id} />
            </Suspense>
          </SignedInOnly>
        )}
      </Route>
      <Route path="/incidents">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('incidents.loading')} />}>
            <IncidentsPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/sessions">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('sessions.loading')} />}>
            <SessionsPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/join/:token">{({ token }) => <JoinPage token={token} />}</Route>
      <Route path="/join">
        <JoinPage token={null} />
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
