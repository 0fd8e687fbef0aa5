import { Type } from 'typebox';
import { IsoDateTime, strictObject } from '../../platform/http-schemas.js';

/** FHIR ids: letters, digits, '-' and '.', at most 64 characters. */
const FhirId = Type.String({ pattern: '^[A-Za-z0-9\\-.]{1,64}$' });

export const InstrumentIdParams = strictObject({ instrumentId: FhirId });

/** What an administrator knows that a plain FHIR Questionnaire does not say. */
const ImportOverrides = strictObject({
  id: Type.Optional(FhirId),
  version: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  licenceNote: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  validated: Type.Optional(
    Type.Boolean({ description: 'True only for published instruments with evidence behind them' }),
  ),
  respondent: Type.Optional(
    Type.Union([Type.Literal('any'), Type.Literal('hurt'), Type.Literal('involved')]),
  ),
  cadence: Type.Optional(
    Type.Union([
      Type.Literal('weekly'),
      Type.Literal('monthly'),
      Type.Literal('once'),
      Type.Literal('as-needed'),
    ]),
  ),
  reverseItems: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 500 })),
  reliability: Type.Optional(
    Type.Union([Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }), Type.Null()]),
  ),
  normSd: Type.Optional(Type.Union([Type.Number({ exclusiveMinimum: 0 }), Type.Null()])),
  higherIsBetter: Type.Optional(Type.Boolean()),
});

export const ImportBody = strictObject({
  questionnaire: Type.Object(
    { resourceType: Type.String({ maxLength: 100 }) },
    { description: 'A FHIR R4 Questionnaire resource, as JSON', additionalProperties: true },
  ),
  overrides: Type.Optional(ImportOverrides),
});

export const CatalogueEntrySchema = Type.Object({
  id: Type.String(),
  version: Type.String(),
  title: Type.String(),
  description: Type.String(),
  licenceNote: Type.String(),
  validated: Type.Boolean(),
  respondent: Type.String({ description: 'any, hurt or involved' }),
  cadence: Type.String({ description: 'weekly, monthly, once or as-needed' }),
  itemCount: Type.Integer(),
  facets: Type.Array(Type.String()),
  scale: Type.Object({ min: Type.Number(), max: Type.Number() }),
  reliableChange: Type.Boolean({
    description: 'Whether reliability and a norm SD are known, so change can be classified',
  }),
  source: Type.Union([Type.Literal('amend'), Type.Literal('imported')]),
  importedAt: Type.Union([IsoDateTime, Type.Null()]),
  retiredAt: Type.Union([IsoDateTime, Type.Null()]),
});

export const CatalogueSchema = Type.Object({ instruments: Type.Array(CatalogueEntrySchema) });
export const ImportedSchema = Type.Object({ instrument: CatalogueEntrySchema });

export const CapabilitiesSchema = Type.Object({
  manageInstruments: Type.Boolean({
    description: 'May import questionnaires as FHIR and retire them (instance administrators)',
  }),
});
