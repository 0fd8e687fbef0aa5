import { plural } from './plural';

// The questionnaire catalogue, for the people who run an Amend instance. Part of en.ts.
export const instrumentMessages = {
  adminLink: 'Questionnaire catalogue',
  title: 'Questionnaire catalogue',
  loading: 'Loading the questionnaire catalogue…',
  intro:
    'Add a published questionnaire your practice is licensed to use, as an HL7 FHIR R4 Questionnaire file. Once added, it is offered to the partners it is meant for, scored by the same engine as Amend’s own, and each response can be downloaded back out as FHIR.',
  importHeading: 'Add a questionnaire',
  file: 'FHIR Questionnaire file (.json)',
  fileHint:
    'Choice questions need an ordinal value for each answer (the ordinalValue or itemWeight extension). Integer and decimal questions need a minimum and maximum.',
  fileRequired: 'Choose a FHIR Questionnaire file to add.',
  fileUnreadable: 'This file is not valid JSON. Check that it is the Questionnaire file itself.',
  fileTooLarge: 'This file is larger than 2 MB, which is more than any questionnaire needs.',
  fileChosen: '{name} is ready to add.',
  licence: 'Licence note shown to people who take it',
  licenceHint:
    'Leave empty to use the copyright statement in the file. Say who holds the rights and under what terms you use it.',
  validated: 'This is a published, validated instrument',
  validatedHint:
    'Tick this only if there is published evidence for it. Everything else is labelled as not clinically validated.',
  respondentLegend: 'Who is it for?',
  respondent: {
    any: 'Both partners',
    hurt: 'The partner who was hurt',
    involved: 'The partner who was unfaithful',
  },
  cadenceLegend: 'How often is it offered?',
  cadence: {
    monthly: 'Monthly',
    weekly: 'Weekly',
    once: 'Once',
    'as-needed': 'Whenever someone chooses',
  },
  submit: 'Add to the catalogue',
  submitting: 'Adding…',
  added: '“{title}” is in the catalogue and offered from now on.',
  problemsHeading: 'What needs to change in the file',
  listHeading: 'In the catalogue',
  source: {
    amend: 'Amend’s own',
    imported: 'Imported',
  },
  version: 'Version {version}',
  items: plural({ one: '1 question', other: '{count} questions' }),
  facets: 'Parts: {facets}',
  scale: 'Scores from {min} to {max}',
  forWhom: 'For: {who}',
  offered: 'Offered: {cadence}',
  reliableChange:
    'Change since the first response is classified (reliability and spread are known).',
  noReliableChange:
    'Change since the first response is not classified, because its reliability is not known.',
  importedOn: 'Added on {date}',
  retiredOn: 'No longer offered since {date}',
  retire: 'Stop offering',
  retireTitle: 'Stop offering “{title}”?',
  retireBody:
    'People will no longer be offered it. Everything already answered stays with the people who answered it, with its scores.',
  retireConfirm: 'Stop offering it',
  retiring: 'Stopping…',
  cancel: 'Keep offering it',
};
