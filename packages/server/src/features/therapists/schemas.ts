import { Type } from 'typebox';
import { Email, IsoDateTime, strictObject, Uuid } from '../../platform/http-schemas.js';

/** The consent categories of packages/core (CONSENT_CATEGORIES), as a schema. */
export const ConsentCategorySchema = Type.Union(
  [
    Type.Literal('metrics'),
    Type.Literal('questionnaires'),
    Type.Literal('agreements_incidents'),
    Type.Literal('program'),
    Type.Literal('session_questions'),
  ],
  {
    description:
      'metrics (check-ins and the metrics), questionnaires, agreements_incidents, program (progress and exercises shared with the therapist), session_questions (questions marked for the session)',
  },
);

export const TherapistSignUpBody = strictObject({
  email: Email,
  password: Type.String({ maxLength: 1024 }),
  displayName: Type.String({ maxLength: 200 }),
  timeZone: Type.String({ maxLength: 64 }),
  profession: Type.String({ maxLength: 200 }),
  licenceNumber: Type.String({ maxLength: 200 }),
  practiceName: Type.String({ maxLength: 200 }),
});

export const TherapistProfile = Type.Object({
  displayName: Type.String(),
  timeZone: Type.String(),
  profession: Type.String(),
  licenceNumber: Type.String(),
  practiceName: Type.String(),
});

export const CoupleParams = strictObject({ coupleId: Uuid });

export const YourTherapists = Type.Object({
  therapists: Type.Array(
    Type.Object({
      therapistId: Uuid,
      displayName: Type.String(),
      profession: Type.String(),
      practiceName: Type.String(),
      licenceNumber: Type.String(),
      linkedAt: IsoDateTime,
      yourConsent: Type.Array(ConsentCategorySchema),
      history: Type.Array(
        Type.Object({
          categories: Type.Array(ConsentCategorySchema),
          change: Type.String({ description: 'granted, widened, narrowed, changed or revoked' }),
          at: IsoDateTime,
        }),
      ),
    }),
  ),
});
