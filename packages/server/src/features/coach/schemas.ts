import { COACH_KINDS, COACH_MAX_LENGTH } from '@amend/core';
import { Type } from 'typebox';
import { strictObject } from '../../platform/http-schemas.js';

export const AnalyzeBody = strictObject(
  {
    text: Type.String({
      maxLength: COACH_MAX_LENGTH,
      description: `What the person is about to send, up to ${COACH_MAX_LENGTH} characters`,
    }),
  },
  'A draft to look at; it is neither stored nor logged',
);

const Finding = strictObject(
  {
    kind: Type.Enum(COACH_KINDS),
    start: Type.Integer({
      minimum: 0,
      description: 'Where the phrase starts, as a JavaScript string (UTF-16 code unit) index',
    }),
    end: Type.Integer({ minimum: 0, description: 'Where the phrase ends (exclusive), same unit' }),
    explanation: Type.String({ description: 'One calm sentence on why it may land badly' }),
    suggestion: Type.String({ description: 'A calmer wording: I feel … when … I need …' }),
  },
  'A phrase that may land badly with the partner',
);

export const AnalyzeResponse = strictObject({ findings: Type.Array(Finding) });
