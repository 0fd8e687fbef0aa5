/**
 * Builds malformed requests for one OpenAPI operation: a plausible body derived from its schema,
 * then variants that each break one thing (a wrong type, a huge or strange string, a missing or
 * unknown field, a broken path parameter), plus whole-body oddities. Deterministic, so a failure
 * reproduces.
 */

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI schemas are walked generically here.
type Schema = any;

export interface MalformedCase {
  readonly description: string;
  readonly path: string;
  readonly body?: unknown;
  /** Sent as-is with this content type, instead of as JSON. */
  readonly raw?: { payload: string; contentType: string };
}

/** Strings that have broken real servers: control characters, odd Unicode, injection shapes. */
export const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'before\u0000after',
  '\ud800',
  '\udfff lone surrogate',
  '\u202eright-to-left override',
  '\ufeffbyte order mark',
  'e\u0301\u0301\u0301 combining marks',
  '👩‍❤️‍👨 zero-width joiners',
  '𝕳𝖊𝖑𝖑𝖔 astral plane',
  "'; DROP TABLE users; --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  // A template-injection probe: the dollar-brace text is meant literally.
  ['{{7*7}}', '$', '{7*7}'].join(''),
  '\r\nSet-Cookie: injected=1',
  'x'.repeat(100_000),
  '9'.repeat(400),
  '2026-02-30',
  '0000-00-00T00:00:00Z',
  'NaN',
  '-0',
];

const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  [],
  [1, 'two'],
  {},
  { nested: { deeper: [null] } },
  'a string',
];

const PATH_PARAMETER_VALUES: readonly string[] = [
  'x',
  '0',
  '-1',
  'null',
  'undefined',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0190a8b2-7c1e-7abc-9def-0123456789ab',
  '0190a8b2-7c1e-7abc-9def-0123456789ab0',
  encodeURIComponent('../../etc/passwd'),
  '%00',
  '%E2%80%AE',
  encodeURIComponent('💥'),
  'a'.repeat(5000),
  encodeURIComponent("' OR 1=1 --"),
];

export function resolve(schema: Schema, document: Schema): Schema {
  if (schema && typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop();
    return resolve(document.components?.schemas?.[name], document);
  }
  return schema;
}

/** A value the schema accepts, as far as a simple reading goes; used as the base to mutate. */
export function sampleOf(input: Schema, document: Schema, depth = 0): unknown {
  const schema = resolve(input, document);
  if (!schema || depth > 6) return null;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(choice)) return sampleOf(choice[0], document, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return '0190a8b2-7c1e-7abc-9def-0123456789ab';
      if (schema.format === 'date') return '2026-10-01';
      if (schema.format === 'date-time') return '2026-10-01T12:00:00.000Z';
      if (schema.format === 'email') return 'fuzz@example.org';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? schema.exclusiveMinimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () =>
        sampleOf(schema.items, document, depth + 1),
      );
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const name of schema.required ?? []) {
        result[name] = sampleOf(schema.properties?.[name], document, depth + 1);
      }
      return result;
    }
    default:
      return null;
  }
}

function fillPath(template: string, value: (name: string) => string): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => value(name));
}

/** Every malformed variant for one operation. `knownIds` fills path parameters with real ids. */
export function malformedCases(
  pathTemplate: string,
  operation: Schema,
  document: Schema,
  knownIds: Readonly<Record<string, string>>,
): MalformedCase[] {
  const path = fillPath(pathTemplate, (name) => knownIds[name] ?? 'x');
  const cases: MalformedCase[] = [];
  const parameters: string[] = [...pathTemplate.matchAll(/\{([^}]+)\}/g)].map(
    (match) => match[1] ?? '',
  );
  const bodySchema = resolve(
    operation.requestBody?.content?.['application/json']?.schema,
    document,
  );
  const base = bodySchema ? sampleOf(bodySchema, document) : undefined;

  for (const parameter of parameters) {
    for (const value of PATH_PARAMETER_VALUES) {
      cases.push({
        description: `path ${parameter}=${value.slice(0, 40)}`,
        path: fillPath(pathTemplate, (name) =>
          name === parameter ? value : (knownIds[name] ?? 'x'),
        ),
        ...(base === undefined ? {} : { body: base }),
      });
    }
  }

  const wholeBodies: unknown[] = [null, [], 'text', 42, true, {}, { unexpected: 'field' }];
  for (const body of wholeBodies)
    cases.push({ description: `body ${JSON.stringify(body)}`, path, body });
  const deep: Record<string, unknown> = {};
  let cursor = deep;
  for (let level = 0; level < 500; level += 1) {
    const next: Record<string, unknown> = {};
    cursor.a = next;
    cursor = next;
  }
  cases.push({ description: 'body nested 500 levels deep', path, body: deep });
  cases.push({
    description: 'broken JSON',
    path,
    raw: { payload: '{"unterminated": ', contentType: 'application/json' },
  });
  cases.push({
    description: 'text/plain body',
    path,
    raw: { payload: 'hello', contentType: 'text/plain' },
  });
  cases.push({
    description: 'form-encoded body',
    path,
    raw: { payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  });
  cases.push({
    description: 'JSON with a duplicated key and a BOM',
    path,
    raw: { payload: '\ufeff{"a":1,"a":2}', contentType: 'application/json; charset=utf-8' },
  });

  if (base && typeof base === 'object' && !Array.isArray(base) && bodySchema?.properties) {
    const record = base as Record<string, unknown>;
    for (const [name, property] of Object.entries<Schema>(bodySchema.properties)) {
      for (const wrong of [...WRONG_TYPES, ...ODD_STRINGS]) {
        cases.push({
          description: `${name}=${JSON.stringify(wrong).slice(0, 40)}`,
          path,
          body: { ...record, [name]: wrong },
        });
      }
      const nested = resolve(property, document);
      if (nested?.type === 'object' || nested?.type === 'array') {
        cases.push({
          description: `${name} holding odd strings`,
          path,
          body: {
            ...record,
            [name]:
              nested.type === 'array'
                ? ODD_STRINGS
                : Object.fromEntries(
                    ODD_STRINGS.map((odd, index) => [`k${index}${odd.slice(0, 20)}`, odd]),
                  ),
          },
        });
      }
    }
    for (const name of bodySchema.required ?? []) {
      const { [name]: _removed, ...rest } = record;
      cases.push({ description: `missing ${name}`, path, body: rest });
    }
    cases.push({ description: 'unknown extra field', path, body: { ...record, isAdmin: true } });
  }
  return cases;
}
