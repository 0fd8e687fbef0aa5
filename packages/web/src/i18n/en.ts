import { agreementMessages } from './en-agreements';
import { checkInMessages } from './en-checkins';
import { coachMessages } from './en-coach';
import { honestyMessages } from './en-honesty';
import { incidentMessages } from './en-incidents';
import { instrumentMessages } from './en-instruments';
import { journalMessages } from './en-journal';
import { notificationMessages } from './en-notifications';
import { privacyMessages } from './en-privacy';
import { learnMessages, programMessages } from './en-program';
import { progressMessages } from './en-progress';
import { questionnaireMessages } from './en-questionnaires';
import { reminderMessages } from './en-reminders';
import { safetyMessages, settingsMessages } from './en-safety';
import { securityMessages } from './en-security';
import { sessionMessages } from './en-sessions';
import { talkingMessages } from './en-talking';
import { therapistMessages } from './en-therapist';
import { plural } from './plural';

// Amend's words, in English. Voice (see DESIGN.md): second person, plain, short sentences,
// kind without being sugary; no exclamation marks in hard moments and no emoji.
export const messages = {
  coach: coachMessages,
  notifications: notificationMessages,
  agreements: agreementMessages,
  reminders: reminderMessages,
  therapist: therapistMessages,
  app: {
    name: 'Amend',
    documentTitle: '{page} — Amend',
    skipLink: 'Skip to main content',
    moreNavigation: 'Your private pages',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    footerQuickExit: 'Press Escape twice at any time to leave {name} quickly.',
    footerLicence: 'Amend is free software, licensed under the AGPL.',
  },
  navigation: {
    label: 'Sections',
    home: 'Home',
    progress: 'Progress',
    program: 'Your path',
    journal: 'Journal',
    talking: 'Talking',
    agreements: 'Agreements',
    honesty: 'Honesty',
  },
  quickExit: {
    label: 'Quick exit',
    title: 'Leave {name} now for a weather page. Shortcut: press Escape twice.',
  },
  common: {
    saving: 'Saving…',
    loading: 'Loading…',
    tryAgain: 'Try again',
    or: 'or',
    goToSpace: 'Go to your space',
  },
  errors: {
    network:
      'We could not reach Amend. Check your connection and try again — what you typed is still here.',
    rateLimited: 'There have been too many attempts. Please wait a few minutes and try again.',
    unexpected: 'Something went wrong on our side. What you typed is still here; please try again.',
    loadFailed: 'We could not load this page. Check your connection and try again.',
  },
  notices: {
    passwordReset: 'Your password has been changed. You can sign in with it now.',
    signedOut: 'You have signed out.',
    leftSpace:
      'You have left the recovery space. When you are ready, you can create a new one or join another.',
    joinedSpace: 'You have joined the recovery space.',
    journalPassphraseChanged:
      'Your journal passphrase has been changed. Use the new one from now on.',
    journalRecovered: 'Your journal is open, and your new passphrase is set.',
    safetyResultDeleted: 'The result has been deleted.',
  },
  fields: {
    email: 'Email address',
    password: 'Password',
    passwordHint: 'Between 8 and 128 characters. A short phrase is easier to remember.',
    emailRequired: 'Enter your email address.',
    passwordRequired: 'Enter your password.',
    passwordLength: 'Your password needs between 8 and 128 characters.',
  },
  welcome: {
    title: 'A calm place to rebuild trust',
    intro:
      'Amend is a private space for couples finding their way after infidelity. It guides you through recovery one step at a time, at a pace you choose.',
    together:
      'You can begin on your own and invite your partner when you are ready. What you keep private stays private.',
    createAccount: 'Create an account',
    signIn: 'Sign in',
    haveAccount: 'Already have an account?',
  },
  signUp: {
    title: 'Create an account',
    intro: 'Your account is yours alone. Your partner will have their own.',
    displayName: 'Your name',
    displayNameHint: 'This is what your partner will see. A first name or a nickname is fine.',
    displayNameRequired: 'Enter the name your partner will see.',
    passwordNew: 'Choose a password',
    timeZoneLegend: 'Your time zone',
    timeZoneNote:
      'Your time zone is set to {timeZone}. Amend uses it to show dates and times as they are where you are.',
    changeTimeZone: 'Change time zone',
    timeZoneSelect: 'Time zone',
    deviceWarning:
      'If someone else can use or check this device, they may be able to see that you use Amend. The Quick exit button at the top of every page takes you straight to a weather page.',
    submit: 'Create account',
    pending: 'Creating your account…',
    haveAccount: 'Already have an account?',
    signInLink: 'Sign in instead',
  },
  signIn: {
    title: 'Sign in',
    submit: 'Sign in',
    pending: 'Signing in…',
    forgotPassword: 'Forgot your password?',
    noAccount: 'New to Amend?',
    createAccountLink: 'Create an account',
  },
  invitationReturn: {
    note: 'Once you are signed in, we will take you back to your partner’s invitation.',
  },
  forgotPassword: {
    title: 'Reset your password',
    intro:
      'Enter the email address you use for Amend. We will send you a link to choose a new password.',
    submit: 'Send the link',
    pending: 'Sending…',
    sent: 'If an account exists for that address, we have sent a link to reset the password. It works for one hour.',
    checkSpam: 'If nothing arrives in a few minutes, check your spam folder.',
    backToSignIn: 'Back to sign in',
  },
  resetPassword: {
    title: 'Choose a new password',
    newPassword: 'New password',
    confirmPassword: 'New password again',
    confirmRequired: 'Enter your new password a second time.',
    mismatch: 'The two passwords are different. Type the same password in both boxes.',
    submit: 'Change password',
    missingToken:
      'This reset link is incomplete. Open the link from the email again, or ask for a new one.',
    requestNewLink: 'Ask for a new link',
  },
  relationshipTypes: {
    marriage: 'Marriage or civil partnership',
    dating: 'Dating or living together',
    long_distance: 'Long-distance',
    other: 'Something else',
  },
  roles: {
    choice: {
      hurt: 'I was hurt',
      involved: 'I was unfaithful',
      both: 'Both of us were',
      undisclosed: 'I’d rather not say',
    },
    member: {
      hurt: 'Was hurt',
      involved: 'Was unfaithful',
      both: 'Both hurt and unfaithful',
      undisclosed: 'Prefers not to say',
    },
    legend: 'Your part in what happened',
    hint: 'This helps Amend tailor the guidance it offers you. Your partner will see what you choose.',
    required: 'Choose the answer that fits you best.',
  },
  createSpace: {
    title: 'Create your recovery space',
    intro:
      'A recovery space is where you and your partner work through what happened, together and on your own. It takes a minute to set up.',
    relationshipLegend: 'Your relationship',
    relationshipRequired: 'Choose the kind of relationship you are in.',
    cameToLight: 'When did the infidelity come to light?',
    cameToLightHint: 'A close guess is fine. It cannot be in the future.',
    cameToLightRequired: 'Enter the date, or your best guess at it.',
    cameToLightFuture:
      'This date is in the future. Enter the day it came to light, or a close guess.',
    submit: 'Create the space',
    joinInstead: 'Has your partner already invited you?',
    joinLink: 'Join with an invitation code',
  },
  space: {
    title: 'Your recovery space',
    loading: 'Loading your space…',
    day: 'Day {count} of your recovery space',
    cameToLight: plural({
      zero: 'What happened came to light today, {date}. Go gently.',
      one: 'What happened came to light yesterday, {date}. Go gently.',
      other:
        'What happened came to light on {date}, {count} days ago. There is no right speed for this.',
    }),
    membersHeading: 'Who is here',
    you: '(you)',
    memberMeta: '{role} · joined {date}',
    nextStepsHeading: 'What comes next',
    nextSteps: {
      invite_partner: {
        title: 'Invite your partner',
        body: 'When you feel ready, invite your partner to join this space. There is no rush: the space is yours in the meantime.',
      },
      waiting_for_partner: {
        title: 'Waiting for your partner',
        body: 'Your invitation is ready. Your partner can join with the link or the code you shared. If it runs out, you can create a new one.',
      },
      together: {
        title: 'You are both here',
        body: 'This space is now shared by the two of you. Take it at a pace that feels manageable for you both.',
      },
    },
    leave: {
      heading: 'Leave this space',
      intro: 'If you need to step away, you can leave this space.',
      button: 'Leave this space',
      dialogTitle: 'Leave this recovery space?',
      confirm: 'Leave the space',
      cancel: 'Stay',
      pending: 'Leaving…',
    },
  },
  invitations: {
    heading: 'Partner invitation',
    intro:
      'Your partner joins with a link or a short code. Send it to them in a way only they will see.',
    create: 'Invite your partner',
    creating: 'Creating the invitation…',
    createdHeading: 'Your invitation',
    link: 'Invitation link',
    code: 'Invitation code',
    copyLink: 'Copy link',
    copyCode: 'Copy code',
    copied: 'Copied.',
    copyFailed: 'Copying did not work here. Select the text and copy it yourself.',
    showOnce:
      'This link and code work once and expire on {date}. We only show them now — copy them somewhere safe or send them to your partner directly.',
    pending: 'Invitation created {created}, expires {expires}.',
    pendingNote: 'For your privacy the link and code were only shown once.',
    revoke: 'Revoke',
    revoking: 'Revoking…',
    revoked: 'The invitation was revoked. Its link and code no longer work.',
    replace: 'Create a new invitation',
    replaceNote: 'A new invitation replaces this one, so the old link and code stop working.',
  },
  join: {
    title: 'Join your partner’s recovery space',
    signedOutToken:
      'Your partner has invited you to Amend. To see the invitation, create an account of your own or sign in. We will bring you back here afterwards.',
    signedOutCode:
      'To join with the code your partner gave you, create an account of your own or sign in first. We will bring you back here afterwards.',
    codeIntro: 'Enter the short code your partner gave you.',
    codeRequired: 'Enter the code from your partner.',
    continue: 'Continue',
    checking: 'Checking…',
    loadingPreview: 'Checking your invitation…',
    invitedBy: '{inviterName} invited you to join their recovery space in Amend',
    relationship: 'Relationship',
    expires: 'Invitation expires',
    accept: 'Accept and join',
    accepting: 'Joining…',
    decline: 'Decline',
    declining: 'Declining…',
    declined: 'You declined this invitation.',
    declinedNext: 'If you change your mind, ask your partner for a new invitation.',
    alreadyInSpaceNote:
      'You are already in a recovery space. You can be in one at a time, so to join this one you would first leave your current space.',
    useCode: 'Enter a code instead',
    differentCode: 'Use a different code',
    problems: {
      INVITATION_NOT_FOUND: {
        title: 'We could not find this invitation',
        body: 'Check that the link or code is complete and typed as it was sent. If it still does not work, ask your partner to create a new invitation.',
      },
      INVITATION_EXPIRED: {
        title: 'This invitation has expired',
        body: 'Invitations only last a short while, to keep your space private. Ask your partner to create a new one from their space.',
      },
      INVITATION_REVOKED: {
        title: 'This invitation is no longer active',
        body: 'It was withdrawn from the space it belonged to. If you still mean to join, ask your partner for a new invitation.',
      },
      INVITATION_USED: {
        title: 'This invitation has already been used',
        body: 'Each invitation works once. If you used it yourself, your space is waiting for you. Otherwise, ask your partner for a new one.',
      },
      ALREADY_IN_SPACE: {
        title: 'You are already in a recovery space',
        body: 'You can be in one space at a time. To join this one, first leave your current space from your space page.',
      },
      SPACE_FULL: {
        title: 'This space already has two people',
        body: 'A recovery space is for two partners. If this seems wrong, talk to the person who invited you.',
      },
    },
  },
  checkIn: checkInMessages,
  progress: progressMessages,
  program: programMessages,
  learn: learnMessages,
  incidents: incidentMessages,
  sessions: sessionMessages,
  talking: talkingMessages,
  honesty: honestyMessages,
  questionnaires: questionnaireMessages,
  instruments: instrumentMessages,
  journal: journalMessages,
  safety: safetyMessages,
  settings: settingsMessages,
  privacy: privacyMessages,
  security: securityMessages,
  notFound: {
    title: 'We could not find that page',
    body: 'The address may be mistyped, or the page may have moved.',
    home: 'Go to the start',
  },
} as const;
