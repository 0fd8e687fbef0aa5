import { Type } from 'typebox';
import { Email, IsoDateTime, strictObject, Uuid } from '../../platform/http-schemas.js';
import { AuthenticationCredential } from '../accounts/security-schemas.js';

export const SignInBody = strictObject({
  email: Email,
  password: Type.String({ maxLength: 1024 }),
});

const SecondFactorMethod = Type.Union([
  Type.Literal('totp'),
  Type.Literal('recovery_code'),
  Type.Literal('passkey'),
]);

export const SecondFactorNeeded = Type.Object(
  {
    secondFactor: Type.Object({
      token: Type.String({ description: 'Send back with the second step; not a session' }),
      methods: Type.Array(SecondFactorMethod),
      expiresAt: IsoDateTime,
    }),
  },
  { description: 'The password was right; a second step is needed to finish signing in' },
);

export const PendingTokenBody = strictObject({
  token: Type.String({ minLength: 1, maxLength: 128 }),
});

const PasskeyAnswer = strictObject({ challengeId: Uuid, credential: AuthenticationCredential });

export const SecondFactorBody = strictObject({
  token: Type.String({ minLength: 1, maxLength: 128 }),
  code: Type.Optional(
    Type.String({ minLength: 1, maxLength: 64, description: 'Six digits, or a recovery code' }),
  ),
  passkey: Type.Optional(PasskeyAnswer),
});

export const PasskeySignInBody = PasskeyAnswer;

export const SessionSchema = Type.Object({
  id: Uuid,
  current: Type.Boolean({ description: 'The session this request was made with' }),
  device: Type.String({ description: 'Browser and system, such as "Firefox on Linux"' }),
  network: Type.Union([Type.String(), Type.Null()], {
    description: 'The network part of the address only, such as 203.0.113.x',
  }),
  signedInWith: Type.Union([Type.String(), Type.Null()]),
  createdAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
});

export const SessionList = Type.Object({ sessions: Type.Array(SessionSchema) });

export const SessionParams = strictObject({ sessionId: Uuid });

export const EndedCount = Type.Object({ ended: Type.Integer({ minimum: 0 }) });
