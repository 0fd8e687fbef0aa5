import { type TSchema, Type } from 'typebox';

/** RFC 9457 problem details, as every error response in the API is shaped. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String(),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
    ),
  },
  {
    $id: 'Problem',
    description: 'An RFC 9457 problem: `detail` is a sentence a person can act on.',
  },
);

const ProblemRef = Type.Ref('Problem');

/** Declares the error statuses an operation can answer with, for the OpenAPI document. */
export function problems(...statuses: number[]): Record<number, TSchema> {
  const responses: Record<number, TSchema> = {};
  for (const status of [400, 429, ...statuses]) responses[status] = ProblemRef;
  return responses;
}

export const NoContent = Type.Null({ description: 'No content' });

/** Object schemas reject fields they do not know, so a typo is an error rather than silence. */
export function strictObject<T extends Record<string, TSchema>>(
  properties: T,
  description?: string,
) {
  return Type.Object(properties, {
    additionalProperties: false,
    ...(description ? { description } : {}),
  });
}

export const Email = Type.String({ minLength: 3, maxLength: 254, description: 'E-mail address' });
export const Uuid = Type.String({ format: 'uuid' });
export const IsoDateTime = Type.String({ format: 'date-time' });
