import type { PartnerRole, RelationshipType } from '../couples/relationship.js';

/**
 * The recovery program's content, as the build step turns it out of the Markdown files in
 * `program/content/<locale>/`. Text is held as a small, closed set of blocks rather than HTML, so
 * nothing from the content can ever reach a page as markup.
 */
export type Inline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'emphasis' | 'strong'; readonly children: readonly Inline[] }
  /** Only links inside Amend: `/learn/<slug>` or `/program/<stage-id>`, checked at build time. */
  | { readonly type: 'link'; readonly href: string; readonly children: readonly Inline[] };

export type Block =
  | { readonly type: 'paragraph'; readonly children: readonly Inline[] }
  | { readonly type: 'heading'; readonly children: readonly Inline[] }
  | {
      readonly type: 'list';
      readonly ordered: boolean;
      readonly items: readonly (readonly Inline[])[];
    };

export type RichText = readonly Block[];

/** Who an exercise is written for; `everyone` means each partner does their own. */
export const EXERCISE_AUDIENCES = ['everyone', 'hurt', 'involved'] as const;
export type ExerciseAudience = (typeof EXERCISE_AUDIENCES)[number];

/** Who may read an exercise answer besides its owner. */
export const EXERCISE_VISIBILITIES = ['private', 'partner', 'therapist'] as const;
export type ExerciseVisibility = (typeof EXERCISE_VISIBILITIES)[number];

export const EXERCISE_FIELD_KINDS = ['text', 'list', 'choice'] as const;
export type ExerciseFieldKind = (typeof EXERCISE_FIELD_KINDS)[number];

/** A field shown only when an earlier choice field holds one particular option. */
export interface ShowIf {
  readonly field: string;
  readonly equals: string;
}

interface FieldBase {
  readonly id: string;
  readonly label: string;
  readonly hint: string | null;
  /** Optional fields may stay empty when the answer is saved. */
  readonly optional: boolean;
  readonly showIf: ShowIf | null;
}

export type ExerciseField =
  | (FieldBase & { readonly kind: 'text'; readonly maxLength: number })
  | (FieldBase & {
      readonly kind: 'list';
      readonly maxItems: number;
      readonly itemMaxLength: number;
    })
  | (FieldBase & {
      readonly kind: 'choice';
      readonly options: readonly { readonly id: string; readonly label: string }[];
    });

export interface ExerciseContent {
  readonly id: string;
  readonly stage: string;
  readonly title: string;
  /** One sentence: what doing the exercise gives you. */
  readonly summary: string;
  readonly audience: ExerciseAudience;
  /** Empty means every relationship type. */
  readonly relationshipTypes: readonly RelationshipType[];
  readonly defaultVisibility: ExerciseVisibility;
  /** Another exercise whose shared answer this one replies to (shown beside it). */
  readonly respondsTo: string | null;
  readonly fields: readonly ExerciseField[];
  readonly instructions: RichText;
}

/** Extra reading for one role or one relationship type. */
export const NOTE_KEYS = [
  'hurt',
  'involved',
  'both',
  'marriage',
  'dating',
  'long_distance',
  'other',
] as const;
export type NoteKey = (typeof NOTE_KEYS)[number];

export interface StageContent {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly purpose: string;
  /** Days spent in this stage before Amend suggests the next one; 0 for none. */
  readonly minimumDays: number;
  /** Why the pause is worth it, shown beside the suggestion; required when minimumDays > 0. */
  readonly pacingReason: string | null;
  /** Learn articles that matter in this stage, by slug. */
  readonly learn: readonly string[];
  readonly reading: RichText;
  readonly notes: Partial<Record<NoteKey, RichText>>;
}

export interface LearnArticle {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly body: RichText;
}

export interface ProgramContent {
  readonly locale: string;
  readonly stages: readonly StageContent[];
  readonly exercises: readonly ExerciseContent[];
  readonly articles: readonly LearnArticle[];
}

/** An answer's values: text for text and choice fields, a list of short items for list fields. */
export type ExerciseValues = Readonly<Record<string, string | readonly string[]>>;

export type { PartnerRole, RelationshipType };
