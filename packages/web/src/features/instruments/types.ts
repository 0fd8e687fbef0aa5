// The questionnaire catalogue as the server sends it (GET /api/v1/instruments).

export const RESPONDENTS = ['any', 'hurt', 'involved'] as const;
export type Respondent = (typeof RESPONDENTS)[number];
export const CADENCES = ['monthly', 'weekly', 'once', 'as-needed'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface CatalogueEntry {
  id: string;
  version: string;
  title: string;
  description: string;
  licenceNote: string;
  validated: boolean;
  respondent: Respondent;
  cadence: Cadence;
  itemCount: number;
  facets: string[];
  scale: { min: number; max: number };
  reliableChange: boolean;
  source: 'amend' | 'imported';
  importedAt: string | null;
  retiredAt: string | null;
}

export interface ImportOverrides {
  licenceNote?: string;
  validated?: boolean;
  respondent?: Respondent;
  cadence?: Cadence;
}

export interface ImportInput {
  questionnaire: unknown;
  overrides: ImportOverrides;
}
