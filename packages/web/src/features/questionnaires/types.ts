/** An answer as the API takes it: a choice item's option code, or a number. */
export type AnswerValue = string | number;
export type Answers = Record<string, AnswerValue>;

export interface QuestionnaireSummary {
  id: string;
  title: string;
  description: string;
  licenceNote: string;
  validated: boolean;
  itemCount: number;
  due: boolean;
  lastCompletedAt: string | null;
  draft: { answeredCount: number } | null;
  /** Your therapist asked you to answer it. */
  assignment: { therapist: string; schedule: 'once' | 'weekly' | 'monthly' } | null;
}

export interface QuestionnaireItem {
  id: string;
  text: string;
  kind: 'choice' | 'integer' | 'decimal';
  options?: { code: string; display: string }[];
  min?: number;
  max?: number;
  facet?: string;
}

export interface Questionnaire {
  id: string;
  title: string;
  description: string;
  licenceNote: string;
  validated: boolean;
  items: QuestionnaireItem[];
  facets: { id: string; title: string }[];
  bands: { key: string; label: string; min: number; max: number }[];
  scale: { min: number; max: number };
}

export type ChangeClassification =
  | 'reliable_improvement'
  | 'reliable_deterioration'
  | 'no_reliable_change';

export interface ScoredResponse {
  id: string;
  completedAt: string;
  total: number | null;
  facets: Record<string, number | null>;
  band: string | null;
  baseline: boolean;
  changeSinceBaseline: { rc: number; classification: ChangeClassification } | null;
}

export interface QuestionnaireDetail {
  questionnaire: Questionnaire;
  draftAnswers: Answers;
  responses: ScoredResponse[];
}
