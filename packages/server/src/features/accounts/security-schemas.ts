import { Type } from 'typebox';
import { Email, IsoDateTime, strictObject, Uuid } from '../../platform/http-schemas.js';

// WebAuthn's JSON forms (as @simplewebauthn/browser sends them). Binary fields are base64url;
// the lengths only stop absurd input early, the library checks everything else.
const Base64Url = (maxLength: number) => Type.String({ pattern: '^[A-Za-z0-9_-]*$', maxLength });
const ExtensionResults = Type.Object(
  {},
  { additionalProperties: true, maxProperties: 16, description: 'Client extension results' },
);

export const RegistrationCredential = strictObject(
  {
    id: Base64Url(1400),
    rawId: Base64Url(1400),
    type: Type.Literal('public-key'),
    authenticatorAttachment: Type.Optional(Type.String({ maxLength: 32 })),
    clientExtensionResults: ExtensionResults,
    response: strictObject({
      clientDataJSON: Base64Url(8192),
      attestationObject: Base64Url(32_768),
      authenticatorData: Type.Optional(Base64Url(16_384)),
      transports: Type.Optional(Type.Array(Type.String({ maxLength: 32 }), { maxItems: 10 })),
      publicKeyAlgorithm: Type.Optional(Type.Integer()),
      publicKey: Type.Optional(Base64Url(8192)),
    }),
  },
  'A new passkey, as navigator.credentials.create() answered',
);

export const AuthenticationCredential = strictObject(
  {
    id: Base64Url(1400),
    rawId: Base64Url(1400),
    type: Type.Literal('public-key'),
    authenticatorAttachment: Type.Optional(Type.String({ maxLength: 32 })),
    clientExtensionResults: ExtensionResults,
    response: strictObject({
      clientDataJSON: Base64Url(8192),
      authenticatorData: Base64Url(16_384),
      signature: Base64Url(2048),
      userHandle: Type.Optional(Base64Url(512)),
    }),
  },
  'A passkey assertion, as navigator.credentials.get() answered',
);

/** Options for the browser's WebAuthn call, passed through to @simplewebauthn/browser as they are. */
export const WebAuthnOptions = Type.Object(
  {},
  { additionalProperties: true, description: 'PublicKeyCredential options (JSON form)' },
);

export const PasskeyChallenge = Type.Object({ challengeId: Uuid, options: WebAuthnOptions });

export const CurrentPassword = Type.String({ minLength: 1, maxLength: 1024 });

export const PasswordOnlyBody = strictObject({ password: CurrentPassword });

export const PasskeySchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  createdAt: IsoDateTime,
  lastUsedAt: Type.Union([IsoDateTime, Type.Null()]),
});

export const SecurityOverviewSchema = Type.Object({
  totp: Type.Object({
    enabled: Type.Boolean(),
    enabledAt: Type.Union([IsoDateTime, Type.Null()]),
  }),
  recoveryCodesLeft: Type.Integer({ minimum: 0 }),
  passkeys: Type.Array(PasskeySchema),
  passkeysAvailable: Type.Boolean(),
});

export const RecoveryCodes = Type.Object({
  recoveryCodes: Type.Array(Type.String(), {
    description:
      'Shown this once; only their hashes are kept. Empty when earlier codes still hold.',
  }),
});

export const TotpSetupSchema = Type.Object({
  secret: Type.String({ description: 'The key to type into an authenticator app (base32)' }),
  uri: Type.String({ description: 'otpauth:// URI' }),
  qrCode: Type.String({ description: 'The URI as a QR code: a PNG data: URL' }),
});

export const TotpConfirmBody = strictObject({ code: Type.String({ minLength: 1, maxLength: 16 }) });

export const NewPasskeyBody = strictObject({
  challengeId: Uuid,
  name: Type.String({ maxLength: 200 }),
  credential: RegistrationCredential,
});

export const PasskeyParams = strictObject({ passkeyId: Uuid });

export const ChangeEmailBody = strictObject({ password: CurrentPassword, email: Email });

export const ChangePasswordBody = strictObject({
  currentPassword: CurrentPassword,
  newPassword: Type.String({ maxLength: 1024 }),
});
