/**
 * The slice of HL7 FHIR R4 that Amend reads and writes: Questionnaire (import and export) and
 * QuestionnaireResponse (export). Types describe what Amend produces; input is read as unknown.
 */

export const FHIR_ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const FHIR_ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
/** The older R4 name for an ordinal value; read, never written. */
export const FHIR_ISO21090_CO_VALUE = 'http://hl7.org/fhir/StructureDefinition/iso21090-CO-value';
export const FHIR_MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const FHIR_MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';
/** Amend's own extensions: a reverse-keyed item, and the scoring data plain FHIR cannot carry. */
export const AMEND_REVERSE_EXTENSION = 'urn:amend:reverse';
export const AMEND_INSTRUMENT_EXTENSION = 'urn:amend:instrument';

export const ORDINAL_EXTENSIONS: readonly string[] = [
  FHIR_ORDINAL_VALUE,
  FHIR_ITEM_WEIGHT,
  FHIR_ISO21090_CO_VALUE,
];

/** The canonical URL Amend gives an instrument that was not imported. */
export function amendInstrumentUrl(id: string): string {
  return `urn:amend:instrument:${id}`;
}

export interface FhirExtension {
  readonly url: string;
  readonly valueBoolean?: boolean;
  readonly valueCode?: string;
  readonly valueDecimal?: number;
  readonly valueInteger?: number;
  readonly valueString?: string;
  readonly extension?: readonly FhirExtension[];
}

export interface FhirCoding {
  readonly system?: string;
  readonly code: string;
  readonly display?: string;
  readonly extension?: readonly FhirExtension[];
}

export interface FhirAnswerOption {
  readonly valueCoding: FhirCoding;
  readonly extension?: readonly FhirExtension[];
}

export interface FhirQuestionnaireItem {
  readonly linkId: string;
  readonly text?: string;
  readonly type: 'group' | 'display' | 'choice' | 'integer' | 'decimal';
  readonly extension?: readonly FhirExtension[];
  readonly answerOption?: readonly FhirAnswerOption[];
  readonly item?: readonly FhirQuestionnaireItem[];
}

export interface FhirQuestionnaire {
  readonly resourceType: 'Questionnaire';
  readonly id: string;
  readonly url: string;
  readonly version: string;
  readonly name: string;
  readonly title: string;
  readonly status: 'active';
  readonly description?: string;
  readonly copyright: string;
  readonly extension: readonly FhirExtension[];
  readonly item: readonly FhirQuestionnaireItem[];
}

export type FhirResponseAnswer =
  | { readonly valueCoding: FhirCoding }
  | { readonly valueInteger: number }
  | { readonly valueDecimal: number };

export interface FhirQuestionnaireResponseItem {
  readonly linkId: string;
  readonly text?: string;
  readonly answer?: readonly FhirResponseAnswer[];
  readonly item?: readonly FhirQuestionnaireResponseItem[];
}

export interface FhirQuestionnaireResponse {
  readonly resourceType: 'QuestionnaireResponse';
  readonly id?: string;
  /** Canonical reference to the Questionnaire: `url|version`. */
  readonly questionnaire: string;
  readonly status: 'completed' | 'in-progress';
  readonly subject?: { readonly reference: string };
  readonly authored: string;
  readonly item: readonly FhirQuestionnaireResponseItem[];
}
