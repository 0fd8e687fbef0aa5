import { plural } from './plural';

// The recovery program and Learn: the words around the content. The content itself (stages,
// exercises, articles) is written in packages/core/src/program/content/<locale>/ and arrives
// from the server in the person's language; these are the labels, buttons and statuses.
export const programMessages = {
  title: 'Your recovery path',
  loading: 'Loading your recovery path…',
  intro:
    'Eleven stages, taken at your own pace. You can open any stage at any time, and nothing you have done is ever taken away, whatever happens along the way.',
  role: {
    hurt: 'What you read here is written for you as the partner who was hurt.',
    involved: 'What you read here is written for you as the partner who was unfaithful.',
    both: 'What you read here is written for you as someone who holds both roles.',
    undisclosed:
      'You have not named your role, so you see what every partner does and nothing that assumes which side you are on.',
  },
  pathHeading: 'The stages',
  stageNumber: 'Stage {n}',
  status: {
    done: 'Done',
    in_progress: 'In progress',
    not_started: 'Not begun yet',
  },
  here: 'You are here',
  suggested: 'Suggested next',
  exercisesDone: plural({
    zero: 'No exercises saved yet',
    one: '1 of {total} exercises saved',
    other: '{count} of {total} exercises saved',
  }),
  next: {
    heading: 'What comes next',
    ready: '“{title}” is a good next step whenever you feel ready.',
    waiting: 'We suggest giving it until {date} before moving on to “{title}”.',
    why: 'Why: {reason}',
    notALock: 'This is a suggestion, not a lock. You can open any stage now if you want to.',
    open: 'Open “{title}”',
    allBegun: 'You have begun every stage. Come back to any of them whenever you need to.',
  },
  partner: {
    heading: 'How {name} is doing',
    yourPartner: 'your partner',
    alone:
      'When your partner joins your space, you will see how they are doing here, at the level they choose to share.',
    current: '{name} is working on “{title}”.',
    notBegun: '{name} has not begun a stage yet.',
    done: plural({
      zero: 'No stages marked done yet.',
      one: 'One stage marked done.',
      other: '{count} stages marked done.',
    }),
    sharedHeading: 'Exercises {name} has shared with you',
    noneShared:
      '{name} has not shared an exercise with you yet. What each of you keeps private stays private.',
    sharedItem: '{title}, first saved on {date}',
  },
  stage: {
    loading: 'Loading this stage…',
    back: 'Back to your path',
    notStarted: 'You have not begun this stage. You are welcome to read it first.',
    begin: 'Begin this stage',
    begun: 'You began this stage on {date}.',
    done: 'You marked this stage done on {date}. Come back to it whenever you need to.',
    markDone: 'Mark this stage done',
    saving: 'Saving…',
    pacing: plural({
      one: 'Amend suggests at least a day here before moving on. {reason}',
      other: 'Amend suggests at least {count} days here before moving on. {reason}',
    }),
    readingHeading: 'Reading',
    notes: {
      hurt: 'For you, as the partner who was hurt',
      involved: 'For you, as the partner who was unfaithful',
      both: 'For you, holding both roles',
      marriage: 'For married couples and civil partners',
      dating: 'For couples who are dating or living together',
      long_distance: 'For long-distance couples',
      other: 'For your relationship',
    },
    exercisesHeading: 'Exercises',
    learnHeading: 'Read more in Learn',
    sharedHeading: 'Shared with you by {name}',
    sharedNone:
      'Nothing from {name} in this stage yet. You will see here what they choose to share.',
    previous: 'Previous stage: {title}',
    next: 'Next stage: {title}',
    notFound: 'There is no stage with that name. Your path lists all eleven.',
  },
  exercise: {
    forWhom: {
      everyone: 'For each of you, separately',
      hurt: 'For the partner who was hurt',
      involved: 'For the partner who was unfaithful',
    },
    respondsTo: 'What {name} shared with you: {title}',
    respondsToMissing: '{name} has not shared “{title}” with you yet.',
    optional: '(optional)',
    required: 'This one needs an answer before you save. Your draft is kept meanwhile.',
    noAnswer: 'No answer',
    visibilityLegend: 'Who can see your saved answer',
    visibility: {
      private: 'Only me',
      partner: 'Me and my partner',
      therapist: 'Me and my therapist',
    },
    visibilityHint: {
      private: 'Nobody else sees it. You can share it later.',
      partner: 'Your partner sees your latest saved answer, never your drafts.',
      therapist:
        'Your partner does not see it. Therapists cannot see anything in Amend yet, so for now only you can.',
    },
    visibilityChanged: 'Changed. It applies at once, to every saved version.',
    save: 'Save this',
    saving: 'Saving…',
    saved: 'Saved. Version {version} is kept with any earlier ones.',
    savedCount: plural({
      one: 'Saved once',
      other: 'Saved {count} times',
    }),
    draft: {
      saving: 'Saving your draft…',
      saved: 'Draft saved. Only you can see drafts.',
      retrying:
        'Your draft could not be saved just now. We will keep trying; your words are still here.',
      rejected: 'Part of this does not fit the exercise; see the message beside it.',
    },
    history: {
      summary: plural({ one: 'Your earlier version', other: 'Your {count} earlier versions' }),
      version: 'Version {version}, saved on {date}',
    },
    list: {
      add: 'Add a line',
      remove: 'Remove line {n}',
      item: '{label}, line {n}',
    },
  },
  today: {
    heading: 'A small step for today',
    checkin_due: 'Your weekly check-in is open. It takes about a minute.',
    checkinLink: 'Check in',
    question_waiting:
      'Your partner asked you a question and is waiting for your answer. Take a quiet moment to answer it honestly and fully.',
    questionLink: 'Answer the question',
    exercise_in_progress: 'You started “{title}”. Pick it up again when you are ready.',
    exerciseLink: 'Continue it',
    questionnaire_due:
      'The “{title}” questionnaire is due. It helps you both see change over time.',
    questionnaireLink: 'Open the questionnaire',
    review_near:
      'You both planned to look at “{title}” again on {date}. Talk together about whether it still fits, or needs a change.',
    reviewLink: 'Open the agreement',
    begin_program: 'Your recovery path begins with “{title}”. Reading it takes a few minutes.',
    continue_stage: 'Keep going with “{title}”: there are exercises waiting for you.',
    next_stage_ready: '“{title}” is a good next stage whenever you feel ready.',
    stageLink: 'Open the stage',
    nothing: 'Nothing is waiting for you today. Rest counts too.',
    pathLink: 'Your recovery path',
    learnLink: 'Learn',
  },
};

export const learnMessages = {
  title: 'Learn',
  intro: 'Short, honest answers to the questions people ask most about recovering from infidelity.',
  loading: 'Loading…',
  articleLoading: 'Loading this article…',
  back: 'All Learn articles',
  inStages: 'Where this matters in the program',
  notFound: 'There is no article with that name. The list of articles is on the Learn page.',
  pathLink: 'Your recovery path',
};
