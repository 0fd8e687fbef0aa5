// In-app notifications. Part of en.ts. The server stores only what happened (a kind); the
// sentence for each kind lives here, so nothing about anyone's recovery is stored as text.
export const notificationMessages = {
  title: 'Updates',
  loading: 'Loading your updates…',
  intro: 'What your partner did that concerns you, newest first. Only you see this list.',
  empty: 'Nothing new. When your partner proposes or answers something, it shows here.',
  headerLink: 'Updates',
  headerLinkUnread: 'Updates, {count} new',
  markAllRead: 'Mark all as read',
  markingRead: 'Marking as read…',
  markRead: 'Mark as read',
  unread: 'New',
  open: 'Open',
  homeLink: 'Back to your home page',
  someone: 'Your partner',
  unknownKind: 'You have an update.',
  kind: {
    agreement_proposed: '{name} proposed an agreement. It starts only if you accept it too.',
    agreement_accepted: '{name} accepted your agreement. It is in force now.',
    agreement_declined: '{name} did not accept your proposed agreement.',
    agreement_change_proposed:
      '{name} proposed a change to an agreement. The current version stays until you both accept.',
    agreement_ended: '{name} ended an agreement and said why.',
    time_out_called: '{name} asked for a pause, and said when they will come back.',
    meeting_started: '{name} opened this week’s check-in meeting. Join when you are ready.',
    trigger_shared: '{name} shared a hard moment with you and said what would help.',
    trigger_responded: '{name} answered the hard moment you shared.',
    appreciation_sent: '{name} sent you an appreciation.',
    question_asked: '{name} asked you a question. Answer when you are ready to answer fully.',
    question_answered: '{name} answered your question.',
    disclosure_made: '{name} told you something before you asked.',
    account_sealed:
      '{name} sealed their full account. It opens only when you both choose to open it.',
    account_opened: 'The full account is open now. You can read it when you are ready.',
    // The actor is the therapist; the sentence names no one, so it stays true if their account goes.
    account_opened_in_session:
      'Your therapist opened the full account in your session. You can read it when you are ready.',
    commitment_made: '{name} made a commitment to you.',
    appointment_cancelled:
      '{name} cancelled an appointment with you. Your sessions page shows which.',
  },
};
