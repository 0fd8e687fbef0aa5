import { Type } from 'typebox';
import { IsoDateTime, strictObject, Uuid } from '../../platform/http-schemas.js';

export const LeaveSpaceBody = strictObject(
  {
    sharedRecords: Type.Optional(
      Type.Union([Type.Literal('keep'), Type.Literal('withdraw')], {
        description:
          'keep: what you shared stays visible to your partner as history (the default). withdraw: your check-ins, questionnaire responses, the incidents you reported, the therapy sessions you recorded and your recovery path with its exercise answers leave the space with you, and notes you added to incidents your partner reported are deleted.',
      }),
    ),
  },
  'What happens to what you shared. Sending no body at all means keep.',
);

export const AccessLogQuery = strictObject({
  before: Type.Optional(
    Type.String({ maxLength: 60, description: 'The nextCursor of the previous page' }),
  ),
});

const AccessLogEntrySchema = Type.Object({
  id: Uuid,
  at: IsoDateTime,
  who: Type.Union([Type.Literal('you'), Type.Literal('person'), Type.Literal('someone')], {
    description:
      'you; another person, named in displayName; or someone unknown (a failed sign-in, or an account since deleted)',
  }),
  displayName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String({
    description: 'What happened, such as account.signed_in, record.viewed or record.changed',
  }),
  recordKind: Type.Union([Type.String(), Type.Null()], {
    description:
      'For record.viewed and record.changed: checkins, progress, incidents, therapy_sessions, program, program_answers',
  }),
  device: Type.Union([Type.String(), Type.Null()], {
    description: 'A browser and system such as "Firefox on Linux"; not shown for another person',
  }),
});

export const AccessLogEnvelope = Type.Object({
  entries: Type.Array(AccessLogEntrySchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const DeleteAccountBody = strictObject({
  password: Type.String({ minLength: 1, maxLength: 1024, description: 'Your current password' }),
});

/** Plain JSON Schema rather than TypeBox: the handler sends bytes, not a typed value. */
export const ZipDownload = {
  description: 'A ZIP file: data.json, one CSV per kind of record, summary.pdf and README.txt',
  type: 'string',
  format: 'binary',
};
