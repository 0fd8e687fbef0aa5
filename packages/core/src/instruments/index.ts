export * from './amend-instruments.js';
export * from './definition.js';
export * from './fhir.js';
export * from './fhir-export.js';
export type { FhirImportOverrides } from './fhir-import.js';
export { fromFhirQuestionnaire } from './fhir-import.js';
export * from './schedule.js';
export * from './score.js';
export * from './validate-definition.js';
