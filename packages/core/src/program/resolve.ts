import type {
  ExerciseAudience,
  ExerciseContent,
  NoteKey,
  PartnerRole,
  ProgramContent,
  RelationshipType,
  RichText,
  StageContent,
} from './types.js';

/**
 * Which exercises a role sees. Someone who holds both roles does both sides; someone who has not
 * named a role yet sees what every partner does, and nothing that assumes which side they are on.
 */
export function audiencesFor(role: PartnerRole): readonly ExerciseAudience[] {
  switch (role) {
    case 'hurt':
      return ['everyone', 'hurt'];
    case 'involved':
      return ['everyone', 'involved'];
    case 'both':
      return ['everyone', 'hurt', 'involved'];
    case 'undisclosed':
      return ['everyone'];
  }
}

export function isExerciseFor(
  exercise: ExerciseContent,
  role: PartnerRole,
  relationshipType: RelationshipType,
): boolean {
  return (
    audiencesFor(role).includes(exercise.audience) &&
    (exercise.relationshipTypes.length === 0 ||
      exercise.relationshipTypes.includes(relationshipType))
  );
}

/** The role notes a person reads: their own side; both sides when they hold both roles. */
function roleNoteKeys(stage: StageContent, role: PartnerRole): NoteKey[] {
  switch (role) {
    case 'hurt':
    case 'involved':
      return [role];
    case 'both':
      return stage.notes.both ? ['both'] : ['hurt', 'involved'];
    case 'undisclosed':
      return [];
  }
}

export interface ResolvedNote {
  readonly key: NoteKey;
  readonly body: RichText;
}

export interface ResolvedStage {
  readonly stage: StageContent;
  readonly notes: readonly ResolvedNote[];
  readonly exercises: readonly ExerciseContent[];
}

/** A stage as one person sees it: the shared reading plus what is written for their role and type. */
export function resolveStage(
  content: ProgramContent,
  stageId: string,
  role: PartnerRole,
  relationshipType: RelationshipType,
): ResolvedStage | null {
  const stage = content.stages.find((candidate) => candidate.id === stageId);
  if (!stage) return null;
  const notes: ResolvedNote[] = [];
  for (const key of [...roleNoteKeys(stage, role), relationshipType] as NoteKey[]) {
    const body = stage.notes[key];
    if (body && body.length > 0) notes.push({ key, body });
  }
  return {
    stage,
    notes,
    exercises: content.exercises.filter(
      (exercise) => exercise.stage === stageId && isExerciseFor(exercise, role, relationshipType),
    ),
  };
}

export function findExercise(content: ProgramContent, exerciseId: string): ExerciseContent | null {
  return content.exercises.find((exercise) => exercise.id === exerciseId) ?? null;
}

export function findArticle(content: ProgramContent, slug: string) {
  return content.articles.find((article) => article.slug === slug) ?? null;
}

/** Stages in the program's order. */
export function orderedStages(content: ProgramContent): readonly StageContent[] {
  return [...content.stages].sort((a, b) => a.number - b.number);
}
