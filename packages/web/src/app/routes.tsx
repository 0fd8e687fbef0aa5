import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { SignInPage } from '../features/accounts/SignInPage';
import { SignUpPage } from '../features/accounts/SignUpPage';
import { WelcomePage } from '../features/accounts/WelcomePage';
import { SpacePage } from '../features/space/SpacePage';
import { t } from '../i18n';
import {
  AgreementPage,
  AgreementsPage,
  ArticlePage,
  CaseloadPage,
  CheckInPage,
  ConversationsPage,
  DeliveriesPage,
  ForgotPasswordPage,
  GoodbyePage,
  HONESTY_ROUTES,
  IncidentsPage,
  InstrumentsPage,
  JoinPage,
  JournalPage,
  JournalPassphrasePage,
  JournalRecoverPage,
  LearnPage,
  MeetingPage,
  MeetingsPage,
  NotificationsPage,
  PrivacyPage,
  ProgramPage,
  ProgressPage,
  PromptsPage,
  QuestionnairePage,
  QuestionnairesPage,
  RemindersPage,
  ResetPasswordPage,
  SafetyCheckPage,
  SafetyPage,
  SafetyResultPage,
  SecurityPage,
  SessionsPage,
  SettingsPage,
  StagePage,
  TalkingPage,
  TherapistCouplePage,
  TherapistInstrumentsPage,
  TherapistSignUpPage,
  TogetherPage,
  TriggersPage,
} from './lazyPages';
import { NotFoundPage } from './NotFoundPage';
import { SignedInOnly, SignedOutOnly } from './SessionGate';
import { Loading } from './ui/Loading';
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
      <Route path="/therapist/sign-up">
        <SignedOutOnly>
          <Suspense fallback={<Loading label={t('common.loading')} />}>
            <TherapistSignUpPage />
          </Suspense>
        </SignedOutOnly>
      </Route>
      <Route path="/therapist">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('therapist.caseload.loading')} />}>
            <CaseloadPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/therapist/instruments">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('instruments.own.loading')} />}>
            <TherapistInstrumentsPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/therapist/couples/:id">
        {({ id }) => (
          <SignedInOnly>
            <Suspense fallback={<Loading label={t('therapist.couple.loading')} />}>
              <TherapistCouplePage key={id} coupleId={id} />
            </Suspense>
          </SignedInOnly>
        )}
      </Route>
      <Route path="/forgot-password">
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <ForgotPasswordPage />
        </Suspense>
      </Route>
      <Route path="/reset-password">
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <ResetPasswordPage />
        </Suspense>
      </Route>
      <Route path="/space">
        <SignedInOnly>
          <SpacePage />
        </SignedInOnly>
      </Route>
      <Route path="/check-in">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('common.loading')} />}>
            <CheckInPage />
          </Suspense>
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
      <Route path="/agreements">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('agreements.loading')} />}>
            <AgreementsPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/agreements/:id">
        {({ id }) => (
          <SignedInOnly>
            <Suspense fallback={<Loading label={t('agreements.loading')} />}>
              <AgreementPage key={id} id={id} />
            </Suspense>
          </SignedInOnly>
        )}
      </Route>
      <Route path="/notifications">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('notifications.loading')} />}>
            <NotificationsPage />
          </Suspense>
        </SignedInOnly>
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
      {HONESTY_ROUTES.map(([path, Page]) => (
        <Route key={path} path={path}>
          <SignedInOnly>
            <Suspense fallback={<Loading label={t('honesty.loading')} />}>
              <Page />
            </Suspense>
          </SignedInOnly>
        </Route>
      ))}
      <Route path="/talking">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('talking.loading')} />}>
            <TalkingPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/talking/conversations">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('talking.loading')} />}>
            <ConversationsPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/talking/meeting">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('talking.loading')} />}>
            <MeetingsPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/talking/meeting/:id">
        {({ id }) => (
          <SignedInOnly>
            <Suspense fallback={<Loading label={t('talking.loading')} />}>
              <MeetingPage key={id} id={id} />
            </Suspense>
          </SignedInOnly>
        )}
      </Route>
      <Route path="/talking/prompts">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('talking.loading')} />}>
            <PromptsPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/talking/triggers">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('talking.loading')} />}>
            <TriggersPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/talking/together">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('talking.loading')} />}>
            <TogetherPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/safety">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('safety.loading')} />}>
            <SafetyPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/safety/check">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('safety.check.loading')} />}>
            <SafetyCheckPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/safety/results/:id">
        {({ id }) => (
          <SignedInOnly>
            <Suspense fallback={<Loading label={t('safety.result.loading')} />}>
              <SafetyResultPage key={id} id={id} />
            </Suspense>
          </SignedInOnly>
        )}
      </Route>
      <Route path="/settings">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('common.loading')} />}>
            <SettingsPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/settings/reminders">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('reminders.loading')} />}>
            <RemindersPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/admin/deliveries">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('common.loading')} />}>
            <DeliveriesPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/journal">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('journal.loading')} />}>
            <JournalPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/journal/recover">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('journal.loading')} />}>
            <JournalRecoverPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/journal/passphrase">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('journal.loading')} />}>
            <JournalPassphrasePage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/security">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('security.loading')} />}>
            <SecurityPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/privacy">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('common.loading')} />}>
            <PrivacyPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/goodbye">
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <GoodbyePage />
        </Suspense>
      </Route>
      <Route path="/admin/questionnaires">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('instruments.loading')} />}>
            <InstrumentsPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/program">
        <SignedInOnly>
          <Suspense fallback={<Loading label={t('program.loading')} />}>
            <ProgramPage />
          </Suspense>
        </SignedInOnly>
      </Route>
      <Route path="/program/:stageId">
        {({ stageId }) => (
          <SignedInOnly>
            <Suspense fallback={<Loading label={t('program.stage.loading')} />}>
              <StagePage key={stageId} stageId={stageId} />
            </Suspense>
          </SignedInOnly>
        )}
      </Route>
      {/* Learn is general reading: open to anyone, signed in or not. */}
      <Route path="/learn">
        <Suspense fallback={<Loading label={t('learn.loading')} />}>
          <LearnPage />
        </Suspense>
      </Route>
      <Route path="/learn/:slug">
        {({ slug }) => (
          <Suspense fallback={<Loading label={t('learn.articleLoading')} />}>
            <ArticlePage key={slug} slug={slug} />
          </Suspense>
        )}
      </Route>
      <Route path="/join/:token">
        {({ token }) => (
          <Suspense fallback={<Loading label={t('common.loading')} />}>
            <JoinPage token={token} />
          </Suspense>
        )}
      </Route>
      <Route path="/join">
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <JoinPage token={null} />
        </Suspense>
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
