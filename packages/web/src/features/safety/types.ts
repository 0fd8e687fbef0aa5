export type SafetyStatus = 'concern' | 'no-concern' | 'incomplete';

export interface SafetyScreenResult {
  id: string;
  takenAt: string;
  status: SafetyStatus;
  selfHarm: boolean;
  pauseJointExercises: boolean;
  answeredCount: number;
  questionCount: number;
  sharedWithTherapist: boolean;
}

export interface SafetyHistory {
  latest: SafetyScreenResult | null;
  screens: SafetyScreenResult[];
}

export interface SafetyQuestion {
  id: string;
  text: string;
  options: { code: string; display: string }[];
}

export interface SafetyQuestions {
  id: string;
  version: string;
  title: string;
  description: string;
  licenceNote: string;
  items: SafetyQuestion[];
}

/** Question id → the chosen answer's code. */
export type SafetyAnswers = Record<string, string>;

export interface SafetyContact {
  id: string;
  name: string;
  contact: string;
  note: string | null;
  updatedAt: string;
}

export interface SafetyContactInput {
  name: string;
  contact: string;
  note: string | null;
}
