import type { ExerciseField, ExerciseVisibility, RichText, StageStatus } from '@amend/core';

export type { ExerciseField, ExerciseVisibility, RichText, StageStatus };

/** Field id → text (text and choice fields) or a list of short texts (list fields). */
export type ExerciseValues = Record<string, string | string[]>;

export interface ProgramOverview {
  role: 'hurt' | 'involved' | 'both' | 'undisclosed';
  relationshipType: string;
  current: string | null;
  doneCount: number;
  stages: {
    id: string;
    number: number;
    title: string;
    purpose: string;
    status: StageStatus;
    startedOn: string | null;
    doneOn: string | null;
    exercisesDone: number;
    exercisesOffered: number;
  }[];
  next: {
    stageId: string;
    title: string;
    ready: boolean;
    suggestedFrom: string;
    daysToWait: number;
    pacedBy: { stageId: string; title: string; minimumDays: number; reason: string } | null;
  } | null;
  partner: {
    displayName: string;
    current: string | null;
    doneCount: number;
    stages: { stageId: string; status: StageStatus }[];
    sharedCompleted: { stageId: string; exerciseId: string; title: string; on: string }[];
  } | null;
}

export interface ExerciseView {
  id: string;
  title: string;
  summary: string;
  audience: 'everyone' | 'hurt' | 'involved';
  defaultVisibility: ExerciseVisibility;
  respondsTo: string | null;
  respondsToTitle: string | null;
  instructions: RichText;
  fields: ExerciseField[];
  visibility: ExerciseVisibility;
  draft: { values: ExerciseValues; savedAt: string } | null;
  versions: { version: number; values: ExerciseValues; savedAt: string }[];
}

export interface SharedAnswer {
  exerciseId: string;
  title: string;
  fields: ExerciseField[];
  values: ExerciseValues;
  version: number;
  savedAt: string;
}

export interface StageView {
  stage: {
    id: string;
    number: number;
    title: string;
    purpose: string;
    minimumDays: number;
    pacingReason: string | null;
    reading: RichText;
    notes: { key: string; body: RichText }[];
    learn: { slug: string; title: string; summary: string }[];
    previous: { id: string; title: string } | null;
    next: { id: string; title: string } | null;
  };
  status: StageStatus;
  startedOn: string | null;
  doneOn: string | null;
  exercises: ExerciseView[];
  partner: { displayName: string; shared: SharedAnswer[] } | null;
}

export interface TodaySuggestion {
  source: 'checkin' | 'question' | 'exercise' | 'questionnaire' | 'review' | 'program';
  kind:
    | 'checkin_due'
    | 'question_waiting'
    | 'exercise_in_progress'
    | 'questionnaire_due'
    | 'review_near'
    | 'begin_program'
    | 'next_stage_ready'
    | 'continue_stage';
  title: string | null;
  stageId?: string;
  exerciseId?: string;
  instrumentId?: string;
  questionId?: string;
  agreementId?: string;
  /** The review date in force, for `review_near` ("2027-03-14"). */
  reviewOn?: string;
}
