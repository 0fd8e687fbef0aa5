import { DomainError, type FieldProblem } from '@amend/core';
import type { FastifyInstance } from 'fastify';

const NUL = '\u0000';

/** Where in a parsed request a NUL character hides, as a field path, or null when there is none. */
export function findNulCharacter(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path || 'body' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulCharacter(item, `${path}[${index}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (key.includes(NUL)) return field;
      const found = findNulCharacter(item, field);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold the NUL character, and no person types one; a request carrying one
 * anywhere (body, path or query) is refused before validation, rather than failing in the database.
 */
export function registerInputHardening(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field =
      findNulCharacter(request.params) ??
      findNulCharacter(request.query) ??
      findNulCharacter(request.body);
    if (field === null) return;
    const problem: FieldProblem = {
      field,
      message: 'This text contains a null character (U+0000), which cannot be stored. Remove it.',
    };
    throw new DomainError('VALIDATION_FAILED', problem.message, [problem]);
  });
}
