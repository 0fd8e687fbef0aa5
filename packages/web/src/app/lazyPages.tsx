import { lazy } from 'react';

// Every page that loads only when opened, so the first bundle carries only the pages a person
// sees first (welcome, sign-up, sign-in and their space).

// Pages a person reaches from a link or once a week load when opened, so the first page anyone
// sees (welcome, sign-in, their space) comes with less JavaScript. The service worker caches
// every chunk, so they open offline too.
export const CheckInPage = lazy(() =>
  import('../features/checkins/CheckInPage').then((module) => ({ default: module.CheckInPage })),
);
export const JoinPage = lazy(() =>
  import('../features/invitations/JoinPage').then((module) => ({ default: module.JoinPage })),
);
export const ForgotPasswordPage = lazy(() =>
  import('../features/accounts/ForgotPasswordPage').then((module) => ({
    default: module.ForgotPasswordPage,
  })),
);
export const ResetPasswordPage = lazy(() =>
  import('../features/accounts/ResetPasswordPage').then((module) => ({
    default: module.ResetPasswordPage,
  })),
);
export const GoodbyePage = lazy(() =>
  import('../features/privacy/GoodbyePage').then((module) => ({ default: module.GoodbyePage })),
);

// The dashboard carries the charting library; it loads only when someone opens it.
export const ProgressPage = lazy(() =>
  import('../features/progress/ProgressPage').then((module) => ({ default: module.ProgressPage })),
);

// The questionnaires are visited monthly, so they too load only when opened.
export const QuestionnairesPage = lazy(() =>
  import('../features/questionnaires/QuestionnairesPage').then((module) => ({
    default: module.QuestionnairesPage,
  })),
);
export const QuestionnairePage = lazy(() =>
  import('../features/questionnaires/QuestionnairePage').then((module) => ({
    default: module.QuestionnairePage,
  })),
);

// Setbacks and therapy sessions are visited now and then; they load only when opened.
export const AgreementsPage = lazy(() =>
  import('../features/agreements/AgreementsPage').then((module) => ({
    default: module.AgreementsPage,
  })),
);
export const AgreementPage = lazy(() =>
  import('../features/agreements/AgreementPage').then((module) => ({
    default: module.AgreementPage,
  })),
);
export const NotificationsPage = lazy(() =>
  import('../features/notifications/NotificationsPage').then((module) => ({
    default: module.NotificationsPage,
  })),
);
export const IncidentsPage = lazy(() =>
  import('../features/incidents/IncidentsPage').then((module) => ({
    default: module.IncidentsPage,
  })),
);
export const SessionsPage = lazy(() =>
  import('../features/sessions/SessionsPage').then((module) => ({
    default: module.SessionsPage,
  })),
);

// The safety pages and settings are private and visited now and then; they load when opened.
export const SafetyPage = lazy(() =>
  import('../features/safety/SafetyPage').then((module) => ({ default: module.SafetyPage })),
);
export const SafetyCheckPage = lazy(() =>
  import('../features/safety/SafetyCheckPage').then((module) => ({
    default: module.SafetyCheckPage,
  })),
);
export const SafetyResultPage = lazy(() =>
  import('../features/safety/SafetyResultPage').then((module) => ({
    default: module.SafetyResultPage,
  })),
);
export const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((module) => ({ default: module.SettingsPage })),
);
export const RemindersPage = lazy(() =>
  import('../features/reminders/RemindersPage').then((module) => ({
    default: module.RemindersPage,
  })),
);
export const DeliveriesPage = lazy(() =>
  import('../features/reminders/DeliveriesPage').then((module) => ({
    default: module.DeliveriesPage,
  })),
);

// The journal carries the Argon2id WebAssembly; it loads only when someone opens it.
export const JournalPage = lazy(() =>
  import('../features/journal/JournalPage').then((module) => ({ default: module.JournalPage })),
);
export const JournalRecoverPage = lazy(() =>
  import('../features/journal/RecoverPage').then((module) => ({ default: module.RecoverPage })),
);
export const JournalPassphrasePage = lazy(() =>
  import('../features/journal/ChangePassphrasePage').then((module) => ({
    default: module.ChangePassphrasePage,
  })),
);

// Sign-in and security settings are visited rarely; they load when opened.
export const SecurityPage = lazy(() =>
  import('../features/security/SecurityPage').then((module) => ({
    default: module.SecurityPage,
  })),
);

// Your data (the access log, the export, deleting the account) is visited rarely.
export const PrivacyPage = lazy(() =>
  import('../features/privacy/PrivacyPage').then((module) => ({ default: module.PrivacyPage })),
);

// The therapist portal: only therapists open it, so it loads when they do.
export const TherapistSignUpPage = lazy(() =>
  import('../features/therapists/TherapistSignUpPage').then((module) => ({
    default: module.TherapistSignUpPage,
  })),
);
export const CaseloadPage = lazy(() =>
  import('../features/therapists/CaseloadPage').then((module) => ({
    default: module.CaseloadPage,
  })),
);
export const TherapistCouplePage = lazy(() =>
  import('../features/therapists/CouplePage').then((module) => ({ default: module.CouplePage })),
);

// Only instance administrators ever open the catalogue.
export const InstrumentsPage = lazy(() =>
  import('../features/instruments/InstrumentsPage').then((module) => ({
    default: module.InstrumentsPage,
  })),
);
export const TherapistInstrumentsPage = lazy(() =>
  import('../features/instruments/TherapistInstrumentsPage').then((module) => ({
    default: module.TherapistInstrumentsPage,
  })),
);

// The program and Learn are read often but are not needed to sign in or check in.
export const ProgramPage = lazy(() =>
  import('../features/program/ProgramPage').then((module) => ({ default: module.ProgramPage })),
);
export const StagePage = lazy(() =>
  import('../features/program/StagePage').then((module) => ({ default: module.StagePage })),
);
export const LearnPage = lazy(() =>
  import('../features/learn/LearnPage').then((module) => ({ default: module.LearnPage })),
);
export const ArticlePage = lazy(() =>
  import('../features/learn/ArticlePage').then((module) => ({ default: module.ArticlePage })),
);

// Talking and reconnecting: the hub, the conversation log, the weekly meeting, conversation
// cards, trigger moments, appreciation and time together. They load when opened.
const talking = (name: string) =>
  lazy(() =>
    import('../features/talking/pages').then((module) => ({
      default: module.TALKING_PAGES[name as keyof typeof module.TALKING_PAGES],
    })),
  );
export const TalkingPage = talking('hub');
export const ConversationsPage = talking('conversations');
export const MeetingsPage = talking('meetings');
export const PromptsPage = talking('prompts');
export const TriggersPage = talking('triggers');
export const TogetherPage = talking('together');
export const MeetingPage = lazy(() =>
  import('../features/talking/MeetingPage').then((module) => ({ default: module.MeetingPage })),
);

// Honesty and amends: questions and answers, disclosures and the full account, commitments
// and the timeline. They load when opened.
const honesty = (name: string) =>
  lazy(() =>
    import('../features/honesty/pages').then((module) => ({
      default: module.HONESTY_PAGES[name as keyof typeof module.HONESTY_PAGES],
    })),
  );
export const HONESTY_ROUTES = [
  ['/honesty', honesty('hub')],
  ['/questions', honesty('questions')],
  ['/disclosures', honesty('disclosures')],
  ['/disclosures/account', honesty('account')],
  ['/commitments', honesty('commitments')],
  ['/timeline', honesty('timeline')],
] as const;
