import { PARTNER_ROLES, RELATIONSHIP_TYPES } from '../couples/relationship.js';
import { resolveStage } from './resolve.js';
import {
  type Block,
  EXERCISE_AUDIENCES,
  EXERCISE_VISIBILITIES,
  type ExerciseContent,
  type Inline,
  NOTE_KEYS,
  type ProgramContent,
  type RichText,
} from './types.js';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function inlineLinks(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((inline) =>
    inline.type === 'text'
      ? []
      : inline.type === 'link'
        ? [inline.href, ...inlineLinks(inline.children)]
        : inlineLinks(inline.children),
  );
}

function blockLinks(blocks: RichText): string[] {
  return blocks.flatMap((block: Block) =>
    block.type === 'list' ? block.items.flatMap(inlineLinks) : inlineLinks(block.children),
  );
}

function checkLinks(where: string, blocks: RichText, content: ProgramContent): string[] {
  const problems: string[] = [];
  for (const href of blockLinks(blocks)) {
    const learn = /^\/learn\/([a-z0-9-]+)$/.exec(href);
    const stage = /^\/program\/([a-z0-9-]+)$/.exec(href);
    if (learn?.[1] && content.articles.some((article) => article.slug === learn[1])) continue;
    if (stage?.[1] && content.stages.some((candidate) => candidate.id === stage[1])) continue;
    problems.push(`${where}: the link "${href}" goes nowhere in Amend`);
  }
  return problems;
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function checkExercise(exercise: ExerciseContent, content: ProgramContent): string[] {
  const where = `exercise "${exercise.id}"`;
  const problems: string[] = [];
  if (!ID_PATTERN.test(exercise.id)) problems.push(`${where}: the id must be kebab-case`);
  if (!content.stages.some((stage) => stage.id === exercise.stage))
    problems.push(`${where}: there is no stage "${exercise.stage}"`);
  if (!EXERCISE_AUDIENCES.includes(exercise.audience))
    problems.push(`${where}: "for" must be one of ${EXERCISE_AUDIENCES.join(', ')}`);
  if (!EXERCISE_VISIBILITIES.includes(exercise.defaultVisibility))
    problems.push(`${where}: visibility must be one of ${EXERCISE_VISIBILITIES.join(', ')}`);
  for (const type of exercise.relationshipTypes) {
    if (!RELATIONSHIP_TYPES.includes(type))
      problems.push(`${where}: "${type}" is not a relationship type`);
  }
  if (exercise.respondsTo !== null) {
    const target = content.exercises.find((candidate) => candidate.id === exercise.respondsTo);
    if (!target || target.id === exercise.id)
      problems.push(`${where}: respondsTo names "${exercise.respondsTo}", which does not exist`);
  }
  if (exercise.fields.length === 0) problems.push(`${where}: an exercise needs at least one field`);
  for (const id of duplicates(exercise.fields.map((field) => field.id)))
    problems.push(`${where}: the field "${id}" appears twice`);
  exercise.fields.forEach((field, index) => {
    const at = `${where}, field "${field.id}"`;
    if (!ID_PATTERN.test(field.id)) problems.push(`${at}: the id must be kebab-case`);
    if (field.label.trim() === '') problems.push(`${at}: needs a label`);
    if (field.kind === 'choice') {
      if (field.options.length < 2) problems.push(`${at}: a choice needs at least two options`);
      for (const id of duplicates(field.options.map((option) => option.id)))
        problems.push(`${at}: the option "${id}" appears twice`);
    }
    if (field.showIf) {
      // Only a choice asked earlier can decide whether a field is shown.
      const source = exercise.fields.slice(0, index).find((f) => f.id === field.showIf?.field);
      if (!source) {
        problems.push(
          `${at}: showIf refers to "${field.showIf.field}", which is not an earlier field`,
        );
      } else if (source.kind !== 'choice') {
        problems.push(`${at}: showIf refers to "${source.id}", which is not a choice`);
      } else if (!source.options.some((option) => option.id === field.showIf?.equals)) {
        problems.push(
          `${at}: showIf expects "${field.showIf.equals}", which "${source.id}" does not offer`,
        );
      }
    }
  });
  if (exercise.instructions.length === 0) problems.push(`${where}: needs instructions`);
  problems.push(...checkLinks(where, exercise.instructions, content));
  return problems;
}

/**
 * Every rule the program's content must keep, as sentences naming the file's id. The build step
 * refuses to write content with any problem, and a test runs the same check on what was written.
 */
export function validateProgramContent(content: ProgramContent): string[] {
  const problems: string[] = [];
  const numbers = content.stages.map((stage) => stage.number).sort((a, b) => a - b);
  numbers.forEach((number, index) => {
    if (number !== index + 1)
      problems.push(`stages must be numbered 1 to ${numbers.length} once each`);
  });
  for (const id of duplicates(content.stages.map((stage) => stage.id)))
    problems.push(`the stage "${id}" appears twice`);
  for (const id of duplicates(content.exercises.map((exercise) => exercise.id)))
    problems.push(`the exercise "${id}" appears twice`);
  for (const slug of duplicates(content.articles.map((article) => article.slug)))
    problems.push(`the Learn article "${slug}" appears twice`);

  for (const stage of content.stages) {
    const where = `stage "${stage.id}"`;
    if (!ID_PATTERN.test(stage.id)) problems.push(`${where}: the id must be kebab-case`);
    if (!Number.isInteger(stage.minimumDays) || stage.minimumDays < 0)
      problems.push(`${where}: minimumDays must be a whole number of days, 0 or more`);
    if (stage.minimumDays > 0 && !stage.pacingReason?.trim())
      problems.push(`${where}: a minimum time needs a pacingReason saying why`);
    for (const slug of stage.learn) {
      if (!content.articles.some((article) => article.slug === slug))
        problems.push(`${where}: links the Learn article "${slug}", which does not exist`);
    }
    for (const key of Object.keys(stage.notes)) {
      if (!(NOTE_KEYS as readonly string[]).includes(key))
        problems.push(`${where}: "${key}" is neither a role nor a relationship type`);
    }
    problems.push(...checkLinks(where, stage.reading, content));
    for (const note of Object.values(stage.notes))
      problems.push(...checkLinks(where, note, content));
  }
  for (const exercise of content.exercises) problems.push(...checkExercise(exercise, content));
  for (const article of content.articles) {
    const where = `Learn article "${article.slug}"`;
    if (!ID_PATTERN.test(article.slug)) problems.push(`${where}: the slug must be kebab-case`);
    if (article.body.length === 0) problems.push(`${where}: has no text`);
    if (!content.stages.some((stage) => stage.learn.includes(article.slug)))
      problems.push(`${where}: no stage links to it`);
    problems.push(...checkLinks(where, article.body, content));
  }
  problems.push(...completenessProblems(content));
  return problems;
}

/** Every stage must give every role, in every relationship type, a purpose, a reading and work to do. */
export function completenessProblems(content: ProgramContent): string[] {
  const problems: string[] = [];
  for (const stage of content.stages) {
    for (const role of PARTNER_ROLES) {
      for (const type of RELATIONSHIP_TYPES) {
        const resolved = resolveStage(content, stage.id, role, type);
        const where = `stage "${stage.id}" for ${role} in ${type}`;
        if (!resolved?.stage.purpose.trim()) problems.push(`${where}: no purpose`);
        if (!resolved || resolved.stage.reading.length === 0) problems.push(`${where}: no reading`);
        if (!resolved || resolved.exercises.length === 0) problems.push(`${where}: no exercise`);
      }
    }
  }
  return problems;
}

/** The parts of the content that code and stored answers depend on; text is left out. */
function structureOf(content: ProgramContent): unknown {
  return {
    stages: content.stages.map((stage) => ({
      id: stage.id,
      number: stage.number,
      minimumDays: stage.minimumDays,
      learn: stage.learn,
      notes: Object.keys(stage.notes).sort(),
    })),
    exercises: content.exercises.map((exercise) => ({
      ...exercise,
      title: undefined,
      summary: undefined,
      instructions: undefined,
      fields: exercise.fields.map((field) => ({
        id: field.id,
        kind: field.kind,
        optional: field.optional,
        showIf: field.showIf,
        options: field.kind === 'choice' ? field.options.map((option) => option.id) : undefined,
      })),
    })),
    articles: content.articles.map((article) => article.slug),
  };
}

/**
 * A translation changes words only: the same stages, exercises, fields, options and articles as
 * the English original, so answers saved in one language still fit the other.
 */
export function translationProblems(
  original: ProgramContent,
  translation: ProgramContent,
): string[] {
  return JSON.stringify(structureOf(original)) === JSON.stringify(structureOf(translation))
    ? []
    : [
        `the "${translation.locale}" translation must have exactly the stages, exercises, fields, options and articles of "${original.locale}"`,
      ];
}
