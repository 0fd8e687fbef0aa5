import { plural } from './plural';

// Importing FHIR questionnaires: the shared catalogue, for the people who run an Amend instance,
// and a therapist's own (`own`). Part of en.ts.
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
  fileKept:
    '{name} is still chosen. Fix what is listed and choose the corrected file, or try again.',
  sending: 'Sending {name}…',
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
    'People will no longer be offered it, and therapists’ requests to answer it end. Everything already answered stays with the people who answered it, with its scores.',
  retireConfirm: 'Stop offering it',
  retiring: 'Stopping…',
  cancel: 'Keep offering it',
  own: {
    title: 'Instruments',
    loading: 'Loading your questionnaires…',
    intro:
      'Import a questionnaire you are licensed to use, as an HL7 FHIR R4 Questionnaire file, to ask the couples you work with. It is yours alone: no other therapist sees it, and a partner is offered it only when you ask them to answer it and while they share questionnaires with you. Amend scores it with the same engine as its own, and every answer can be downloaded as FHIR.',
    importHeading: 'Import a questionnaire',
    submit: 'Import it',
    submitting: 'Importing…',
    added:
      '“{title}” is imported. Ask a partner to answer it from the couple’s page, under “Questionnaires you asked for”.',
    listHeading: 'What you imported',
    none: 'Nothing imported yet. Amend’s own questionnaires, and any the people running this Amend added for everyone, are already there to ask for.',
    retireBody:
      'Partners will no longer be offered it, and your requests to answer it end. Everything already answered stays with the people who answered it, with its scores, and you can still see what they shared with you.',
    backToCaseload: 'Back to your caseload',
  },
};
