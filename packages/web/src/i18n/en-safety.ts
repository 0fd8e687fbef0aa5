// The private safety check, help and resources, discreet mode and settings. Part of en.ts.
// These words may be read by someone who is frightened: calm, direct, never alarming, never
// blaming. No phone numbers are given here: services differ by country, and a wrong number on
// a bad day is worse than none.
export const safetyMessages = {
  title: 'Your safety',
  loading: 'Loading…',
  intro:
    'A private place to check how safe you are, and to keep help close by. Your partner is never told that you have been here, or what you answered.',
  neverTaken:
    'The safety check is six questions, answered yes or no. It takes about two minutes, and you can skip any question.',
  start: 'Take the safety check',
  retake: 'Take the check again',
  footerLink: 'Your safety',
  monitored: {
    heading: 'If someone may be watching this device',
    body: 'Some phones and computers have software that lets another person see what is typed or shown. If that could be true of this one, use a device they cannot reach, such as a friend’s phone or a library computer, for anything you need to keep private.',
    quickExit:
      'Quick exit, or pressing Escape twice, leaves at once for a weather page. It cannot clear your browser’s history, so on a shared device a private window is safer.',
    signIn:
      'On a shared device? Use a private window, sign out when you finish, and use Quick exit (or press Escape twice) to leave at once.',
  },
  homeCard: {
    heading: 'A private check on your safety',
    body: 'Six questions, just for you, about whether you feel safe. Your partner will not know you answered them. It takes about two minutes.',
    open: 'Take the safety check',
  },
  check: {
    title: 'Are you safe?',
    loading: 'Loading the questions…',
    privacy:
      'Nothing you answer is kept on this device. Your answers go to your account only when you finish, and only you can see them.',
    step: 'Question {step} of {total}',
    next: 'Next',
    back: 'Back',
    skip: 'Skip this question',
    finish: 'Finish',
    finishing: 'Saving…',
    choose: 'Choose yes or no, or skip this question.',
    notFinished: 'Answer at least one question, or come back another time.',
    licence:
      'Written for Amend; not clinically validated. It points you towards help; it does not measure risk.',
  },
  result: {
    title: 'What your answers mean',
    loading: 'Loading your result…',
    notFound: 'This result is not here. It may have been deleted.',
    takenOn: 'You took this check on {date}.',
    concern: {
      heading: 'Thank you for answering',
      body: 'What you described can be a sign that you are not safe. It is not your fault, and you do not have to face it alone.',
    },
    selfHarm: {
      heading: 'If you are thinking of hurting yourself',
      body: 'If you might act on these thoughts, call your local emergency number now, or go to the nearest emergency department. A crisis line in your country can talk with you at any hour, and telling one person you trust can help.',
    },
    noConcern: {
      heading: 'Nothing here points to a safety concern right now',
      body: 'Things can change. You can come back and take this check again at any time, and the help below is always here.',
    },
    incomplete: {
      heading: 'You left some questions unanswered',
      body: 'That is all right. We cannot say more from what you answered. If anything about your safety worries you, the help below is here, and you can take the check again at any time.',
    },
    pause: {
      heading: 'Why we suggest pausing the work you do together',
      body: 'Some of what Amend offers asks you and your partner to open up, share more, or agree to more transparency. When someone may be hurting, threatening or controlling you, that can give them more ways to do it, and honest words can be met with anger. For now, put your own safety first. Your partner is not told about this, and nothing changes on their side.',
    },
    individual: {
      heading: 'Support for you on your own',
      body: 'A counsellor who sees you alone, your doctor, or a domestic abuse service can help you think through what to do next, at your pace. Couples therapy is usually not advised while one partner is afraid of the other; a session on your own is a safe place to start.',
    },
    back: 'Back to your safety page',
  },
  help: {
    heading: 'Where to find help',
    emergency: 'If you are in danger now, call your local emergency number.',
    helpline:
      'Look for a domestic abuse helpline in your country: searching for “domestic abuse helpline” and your country’s name finds them. They are usually free and confidential, and can help you make a plan to stay safe.',
    crisis:
      'For thoughts of suicide or self-harm, a crisis line in your country can listen at any hour.',
    doctor: 'Your doctor can see you on your own, and knows the services near you.',
    searchPrivately:
      'If someone may check your browser, search in a private window or on another device.',
  },
  sharing: {
    legend: 'Sharing with a therapist',
    label: 'Let a therapist I link to Amend see this result',
    hint: 'Off unless you turn it on. Amend does not have therapist accounts yet; when it does, only results you mark here will be shown. Your partner never sees it either way.',
    saved: 'Saved.',
  },
  remove: {
    button: 'Delete this result',
    title: 'Delete this result?',
    body: 'It will be gone for good, from your account and from this page.',
    confirm: 'Delete',
    cancel: 'Keep it',
    pending: 'Deleting…',
  },
  history: {
    heading: 'Your earlier checks',
    item: '{date}: {status}',
    open: 'See this result',
    status: {
      concern: 'showed a concern',
      'no-concern': 'no concern',
      incomplete: 'some questions skipped',
    },
  },
  contacts: {
    heading: 'Your own contacts',
    intro:
      'Help close to home: a local service, your doctor, a friend you can call. Only you can see this list.',
    empty: 'No contacts yet. Adding one or two now means they are here on a hard day.',
    name: 'Name',
    contact: 'Phone number, web address or how to reach them',
    note: 'Note (optional)',
    add: 'Add a contact',
    adding: 'Adding…',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    edit: 'Change',
    removeButton: 'Remove',
    removing: 'Removing…',
    nameRequired: 'Enter a name for this contact.',
    contactRequired: 'Enter a phone number, a web address or another way to reach them.',
  },
} as const;

export const settingsMessages = {
  title: 'Settings',
  footerLink: 'Settings',
  discreet: {
    heading: 'Discreet mode',
    body: 'Shows a neutral name (“{name}”) and a plain icon in your browser tab, and keeps every e-mail to you free of words about relationships or recovery. It does not hide what is on the page itself.',
    label: 'Use discreet mode',
    save: 'Save',
    saving: 'Saving…',
    on: 'Discreet mode is on.',
    off: 'Discreet mode is off.',
  },
  safety: {
    heading: 'Safety',
    body: 'The private safety check and your own help contacts are on your safety page.',
    link: 'Go to your safety page',
  },
} as const;
