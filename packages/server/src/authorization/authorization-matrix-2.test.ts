import { describeMatrixPart } from './matrix-suite.js';

// Part 2 of the authorization matrix (see matrix-suite.ts for what every cell checks).
await describeMatrixPart(1);
