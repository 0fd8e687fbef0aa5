// The therapist portal's pure parts: the caseload with its alerts, both partners' metrics side by
// side, the therapist's own measures (communication observed, forgiveness assessed), and
// practice outcomes beside the guide's figures.
export * from './agreements.js';
export * from './assignments.js';
export * from './caseload.js';
export * from './couple-metrics.js';
export * from './fhir-bundle.js';
export * from './observations.js';
export * from './outcomes.js';
export * from './report.js';
