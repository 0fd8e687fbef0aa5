import { Type } from 'typebox';
import { Email, strictObject } from '../../platform/http-schemas.js';

export const UserSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    displayName: Type.String(),
    timeZone: Type.String({ description: 'IANA time zone, e.g. Europe/London' }),
    accountKind: Type.Union([Type.Literal('person'), Type.Literal('therapist')], {
      description: 'a person in a couple, or a therapist (who never joins a space)',
    }),
  },
  { $id: 'User' },
);

export const UserEnvelope = Type.Object({ user: Type.Ref('User') });

// Lengths here only stop absurd input early; the rules with kind messages live in the service.
export const SignUpBody = strictObject({
  email: Email,
  password: Type.String({ maxLength: 1024 }),
  displayName: Type.String({ maxLength: 200 }),
  timeZone: Type.String({ maxLength: 64 }),
});

export const PasswordResetRequestBody = strictObject({ email: Email });

export const PasswordResetCompleteBody = strictObject({
  token: Type.String({ minLength: 1, maxLength: 128 }),
  password: Type.String({ maxLength: 1024 }),
});

export const Accepted = strictObject({}, 'Accepted');
