// A person's own data: who has seen it, a copy of all of it, leaving the space, deleting the
// account. Part of en.ts.
export const privacyMessages = {
  title: 'Your data',
  intro:
    'Here you can see who has looked at what concerns you, take a copy of everything, and close your account. Nothing on this page is shown to your partner.',
  linkTitle: 'Your data',
  linkBody: 'See who has looked at your data, download all of it, or delete your account.',
  linkLabel: 'Go to your data',
  log: {
    heading: 'Who has seen your data',
    explanation:
      'Each time your partner opens your check-ins, the dashboard, the incidents, the therapy sessions or your place on the recovery path, it is noted here with the day and time. So is every sign-in to your account, with the browser it came from. Your partner has a list like this of their own and never sees yours.',
    loading: 'Loading who has seen your data…',
    empty: 'Nothing has happened on your account yet.',
    older: 'Show older entries',
    loadingOlder: 'Loading older entries…',
    listLabel: 'Events, newest first',
    who: {
      you: 'You',
      someone: 'Someone',
    },
    viewed: {
      checkins: '{who} looked at your check-ins',
      progress: '{who} looked at your progress on the dashboard',
      incidents: '{who} looked at the incidents in your space',
      therapy_sessions: '{who} looked at the therapy sessions in your space',
      program: '{who} looked at where you are on the recovery path',
      program_answers: '{who} looked at exercise answers you shared',
      conversations: '{who} looked at your conversation log',
      meetings: '{who} looked at the notes of a weekly meeting',
      triggers: '{who} looked at trigger moments you shared',
      time_outs: '{who} looked at the pauses in your space',
      time_together: '{who} looked at your appreciations and time together',
      agreements: '{who} looked at your agreements or whether they held',
      questions: '{who} looked at your questions or answers',
      disclosures: '{who} looked at what you told them before they asked',
      full_accounts: '{who} looked at your full account',
      commitments: '{who} looked at your commitments and how the weeks went',
      timeline: '{who} looked at the timeline of your space',
      other: '{who} looked at your records',
    },
    changed: {
      incidents: '{who} reported an incident about you',
      therapy_sessions: '{who} recorded a therapy session you attended',
      other: '{who} added a record about you',
    },
    otherAction: 'Something changed on your account',
    // Nested by the event's name: account.signed_in is actions.account.signed_in.
    actions: {
      account: {
        created: '{who} created your account',
        signed_in: '{who} signed in',
        sign_in_failed: '{who} tried to sign in with a wrong password',
        signed_out: '{who} signed out',
        password_reset_requested: '{who} asked for a password reset link',
        password_reset: '{who} set a new password with a reset link',
        password_changed: '{who} changed your password',
        email_changed: '{who} changed your e-mail address',
        reauthentication_failed: '{who} entered a wrong current password',
        second_factor_failed: '{who} entered a wrong sign-in code',
        two_factor_enabled: '{who} turned on two-step sign-in',
        two_factor_disabled: '{who} turned off two-step sign-in',
        recovery_codes_regenerated: '{who} made new recovery codes',
        recovery_code_used: '{who} signed in with a recovery code',
        passkey_added: '{who} added a passkey',
        passkey_removed: '{who} removed a passkey',
      },
      session: {
        revoked: '{who} ended a session',
        others_revoked: '{who} signed out everywhere else',
      },
      space: {
        created: '{who} created your recovery space',
        joined: '{who} joined a recovery space',
        left: '{who} left a recovery space',
      },
      invitation: {
        created: '{who} created an invitation',
        revoked: '{who} withdrew an invitation',
        declined: '{who} declined an invitation',
      },
      data: {
        exported: '{who} downloaded a copy of your data',
      },
      journal: {
        keyring_read: '{who} opened your journal',
        set_up: '{who} set up your journal',
        passphrase_changed: '{who} changed your journal passphrase',
        deleted: '{who} deleted your journal and started again',
        entry_created: '{who} wrote a journal entry',
        entry_changed: '{who} changed a journal entry',
        entry_deleted: '{who} deleted a journal entry',
      },
    },
  },
  export: {
    heading: 'Take a copy of everything',
    body: 'One download holds all you have put into Amend: your check-ins with your private notes, your questionnaire answers and scores, the incidents you reported, the therapy sessions you recorded, your exercise answers, your safety check, and this list of who has seen your data. It comes as a ZIP file with a data file other programs can read, spreadsheet files, and a readable PDF summary.',
    journalNote:
      'Your journal is included as it is stored: encrypted. The download cannot read it; only your journal passphrase or recovery key can, here in the app.',
    deviceNote:
      'The file is as private as this app. On a shared or watched device, think about where it is saved.',
    button: 'Download everything',
    preparing: 'Preparing your download…',
    done: 'Your download is ready. Look for a file named like {fileName} in your downloads.',
  },
  delete: {
    heading: 'Delete my account',
    body: 'Deleting your account removes everything of yours, for good: your check-ins and notes, your questionnaires, your journal, your safety check, and everything you shared with your partner. Your partner keeps the space and their own records. This cannot be undone.',
    agreements:
      'Agreements you both accepted are the one exception: your partner keeps them as the record of what you agreed, without your name and without the reasons you gave. Proposals of yours they never accepted, and your weekly “did it hold?” marks, are removed.',
    exportFirst: 'If you might want any of it later, download a copy first.',
    auditNote:
      'A record that an account was deleted, with the day and nothing else, stays in the app’s security log.',
    password: 'Your current password',
    passwordHint: 'To be sure it is really you.',
    passwordRequired: 'Enter your current password.',
    button: 'Delete my account for good',
    pending: 'Deleting your account…',
  },
  goodbye: {
    title: 'Your account has been deleted',
    body: 'Everything you kept here has been removed. A short e-mail confirming it is on its way.',
    care: 'Whatever comes next, we hope you find the support you need. Take care of yourself.',
    home: 'Go to the start page',
  },
  leave: {
    explanation:
      'You will leave this recovery space. {partnerName} keeps it, with their own records. You can create a new space or join another one later.',
    explanationAlone:
      'You will leave this recovery space. You can create a new space or join another one later.',
    agreements:
      'Your agreements stay with {partnerName} whichever you choose, because you both accepted them: every version, including what you proposed and the reasons you gave, without your name. Leaving does not end them; {partnerName} can end them, or answer a proposal of yours that is still waiting. You will not see them here any more, but your download keeps the versions you proposed and your answers.',
    agreementsAlone:
      'Your agreements stay in this space as they are. Once you leave, nobody is in it, so nobody sees them; your download keeps the versions you proposed and your answers.',
    choiceLegend: 'What should happen to what you shared?',
    choiceRequired: 'Choose what happens to what you shared.',
    keep: 'Keep it visible to my partner as history',
    keepHint:
      'Your check-ins, the incidents you reported, the sessions you recorded and your weekly “did it hold?” marks stay in the space, as they are now. Private notes stay private.',
    withdraw: 'Withdraw it',
    withdrawHint:
      'Your check-ins, questionnaires, the incidents you reported, the sessions you recorded and your recovery path with its exercise answers leave the space with you, and notes you added to incidents your partner reported and your weekly “did it hold?” marks are deleted. What leaves with you stays in your own download of your data.',
    exportLink: 'Download a copy of your data first',
  },
};
