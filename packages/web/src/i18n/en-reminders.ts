import { plural } from './plural';

// Reminders, updates outside the app, the calendar link, this device offline, and the
// administrators' deliveries page. Part of en.ts.
export const reminderMessages = {
  title: 'Reminders',
  loading: 'Loading your reminders…',
  intro:
    'Choose what reaches you outside the app, and when. Nothing is sent until you turn it on. Messages never say what they are about: they only say you have a reminder or an update.',
  settingsLink: 'Choose reminders and updates',
  settingsBody: 'A gentle weekly rhythm by e-mail or on this device, with quiet hours.',
  when: {
    heading: 'Where and when',
    timeZone: 'Your time zone',
    timeZoneHint: 'Reminders come at your local time, also when the clocks change.',
    quiet: 'Keep quiet hours',
    quietStart: 'Quiet from',
    quietEnd: 'Until',
    quietHint:
      'A reminder that falls in your quiet hours waits until they end. One before an appointment comes before they begin.',
  },
  kinds: {
    heading: 'What to remind you of',
    weekly_checkin: 'Your weekly check-in',
    weekly_meeting: 'Your weekly meeting',
    questionnaire_due: 'A questionnaire that is due',
    agreement_review: 'An agreement’s review date',
    therapy_session: 'An appointment with your therapist',
    updates: 'Updates from your partner or therapist',
    updatesHint: 'When they propose, answer or share something that concerns you.',
  },
  channel: { email: 'By e-mail', push: 'On my devices' },
  day: 'Day',
  time: 'Time',
  dateTime: 'Time of day for reminders on a date',
  sessionLead: 'How long before an appointment',
  sessionLeadOption: {
    '60': 'An hour before',
    '180': 'Three hours before',
    '1440': 'A day before',
    '2880': 'Two days before',
  },
  weekdays: {
    '1': 'Monday',
    '2': 'Tuesday',
    '3': 'Wednesday',
    '4': 'Thursday',
    '5': 'Friday',
    '6': 'Saturday',
    '7': 'Sunday',
  },
  save: 'Save reminders',
  saving: 'Saving…',
  saved: 'Saved. Your reminders follow these choices from now on.',
  push: {
    heading: 'Notifications on this device',
    on: 'This device gets notifications. {count} of your devices do.',
    off: 'This device does not get notifications.',
    unsupported:
      'This browser cannot show notifications from Amend. On an iPhone, add Amend to your home screen first.',
    blocked:
      'Notifications are blocked for Amend in this browser’s settings. Allow them there, then come back.',
    enable: 'Get notifications on this device',
    disable: 'Stop notifications on this device',
    working: 'One moment…',
    watched:
      'A notification can show on a locked screen. It only says you have a reminder or an update, never what it is about.',
  },
  calendar: {
    heading: 'Your calendar',
    body: 'Add your appointments and weekly meeting to your own calendar app with a private link. Anyone who has the link can see those times, so keep it to yourself.',
    none: 'You have no calendar link.',
    active: 'Your calendar link works. You made it on {date}.',
    create: 'Make a calendar link',
    replace: 'Make a new link (the old one stops working)',
    revoke: 'Stop the calendar link',
    working: 'One moment…',
    copyLabel: 'Your private calendar link',
    copyHint: 'Paste it into your calendar app as a subscription. It is shown only now.',
    meetingNote: 'The weekly meeting appears at the day and time you chose above.',
  },
  offline: {
    waiting: {
      checkin: plural({
        one: '1 check-in is waiting to be sent.',
        other: '{count} check-ins are waiting to be sent.',
      }),
      conversation: plural({
        one: '1 conversation is waiting to be sent.',
        other: '{count} conversations are waiting to be sent.',
      }),
      trigger: plural({
        one: '1 trigger moment is waiting to be sent.',
        other: '{count} trigger moments are waiting to be sent.',
      }),
      appreciation: plural({
        one: '1 appreciation is waiting to be sent.',
        other: '{count} appreciations are waiting to be sent.',
      }),
      together: plural({
        one: '1 plan for time together is waiting to be sent.',
        other: '{count} plans for time together are waiting to be sent.',
      }),
      'together-happened': plural({
        one: '1 time together marked as done is waiting to be sent.',
        other: '{count} times together marked as done are waiting to be sent.',
      }),
    },
    waitingHint: 'It is kept safely on this device and will be sent when you are back online.',
    sending: 'Sending what you saved while offline…',
    refused: {
      checkin: 'A check-in you saved while offline could not be saved: {reason}',
      conversation: 'A conversation you saved while offline could not be saved: {reason}',
      trigger: 'A trigger moment you saved while offline could not be saved: {reason}',
      appreciation: 'An appreciation you wrote while offline could not be sent: {reason}',
      together: 'A plan for time together you saved while offline could not be saved: {reason}',
      'together-happened':
        'Time together you marked as done while offline could not be saved: {reason}',
    },
    dismiss: 'I understand',
    youAreOffline:
      'You are offline. What you save now is kept on this device and sent when you are back online.',
    savedOffline: 'Saved on this device. It will be sent when you are back online.',
  },
  deliveries: {
    title: 'Deliveries',
    intro:
      'E-mails and push messages that failed at least once. They are retried with growing waits for about three days. Nobody’s name, address or message is shown here.',
    retrying: plural({
      zero: 'No message is being retried.',
      one: '1 message is being retried.',
      other: '{count} messages are being retried.',
    }),
    undeliverable: plural({
      zero: 'No message was given up.',
      one: '1 message was given up.',
      other: '{count} messages were given up.',
    }),
    none: 'Nothing is failing. Every message went out.',
    channel: 'Channel',
    topic: 'Kind',
    attempts: 'Tries',
    lastError: 'Last error',
    lastTried: 'Last tried',
    status: 'Status',
    statusPending: 'Retrying',
    statusUndeliverable: 'Given up',
    tableCaption: 'Failing deliveries, most recent first',
  },
};
