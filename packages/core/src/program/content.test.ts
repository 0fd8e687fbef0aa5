import { describe, expect, it } from 'vitest';
import { buildAllLocales } from '../../scripts/generate-program.js';
import { buildProgramContent, ContentError, markdownBlocks } from '../../scripts/program-source.js';
import { PARTNER_ROLES, RELATIONSHIP_TYPES } from '../couples/relationship.js';
import { PROGRAM_CONTENT, programContent } from './content.js';
import { resolveStage } from './resolve.js';
import type { ExerciseContent, ProgramContent } from './types.js';
import { completenessProblems, translationProblems, validateProgramContent } from './validate.js';

const content = programContent('en');

describe('program content', () => {
  it('matches its Markdown sources (run "npm run generate" after editing the content)', () => {
    const built = buildAllLocales();
    expect(built.map((locale) => locale.locale)).toEqual(Object.keys(PROGRAM_CONTENT));
    for (const locale of built) expect(PROGRAM_CONTENT[locale.locale]).toEqual(locale);
  });

  it('has eleven stages numbered in order and keeps every content rule', () => {
    expect(content.stages.map((stage) => stage.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(validateProgramContent(content)).toEqual([]);
  });

  it('gives every stage a purpose, a reading and an exercise for every role and relationship type', () => {
    let combinations = 0;
    for (const stage of content.stages) {
      for (const role of PARTNER_ROLES) {
        for (const type of RELATIONSHIP_TYPES) {
          const resolved = resolveStage(content, stage.id, role, type);
          expect(resolved?.stage.purpose, `${stage.id} ${role} ${type}`).toBeTruthy();
          expect(resolved?.stage.reading.length, `${stage.id} ${role} ${type}`).toBeGreaterThan(0);
          expect(resolved?.exercises.length, `${stage.id} ${role} ${type}`).toBeGreaterThan(0);
          combinations += 1;
        }
      }
    }
    expect(combinations).toBe(11 * 4 * 4);
  });

  it('writes for each role: the hurt and the involved partner read their own notes in every stage', () => {
    for (const stage of content.stages) {
      expect(stage.notes.hurt, stage.id).toBeDefined();
      expect(stage.notes.involved, stage.id).toBeDefined();
    }
  });

  it('tailors exercises to the relationship type the issue names', () => {
    const titles = (role: 'hurt' | 'involved', type: (typeof RELATIONSHIP_TYPES)[number]) =>
      content.stages.flatMap(
        (stage) => resolveStage(content, stage.id, role, type)?.exercises.map((e) => e.id) ?? [],
      );
    expect(titles('hurt', 'long_distance')).toContain('staying-in-touch-apart');
    expect(titles('hurt', 'marriage')).not.toContain('staying-in-touch-apart');
    expect(titles('involved', 'dating')).toContain('before-i-decide');
    expect(titles('hurt', 'marriage')).toContain('what-we-tell-the-children');
  });

  it('links every Learn article from at least one stage', () => {
    const linked = new Set(content.stages.flatMap((stage) => stage.learn));
    expect(content.articles.map((article) => article.slug).filter((s) => !linked.has(s))).toEqual(
      [],
    );
    expect(content.articles.length).toBeGreaterThanOrEqual(8);
  });
});

function withExercise(change: (exercise: ExerciseContent) => ExerciseContent): ProgramContent {
  return {
    ...content,
    exercises: content.exercises.map((exercise) =>
      exercise.id === 'what-we-tell-the-children' ? change(exercise) : exercise,
    ),
  };
}

describe('content validation', () => {
  it('fails when a field is shown depending on a field that does not exist', () => {
    const broken = withExercise((exercise) => ({
      ...exercise,
      fields: exercise.fields.map((field) =>
        field.showIf ? { ...field, showIf: { field: 'no-such-field', equals: 'x' } } : field,
      ),
    }));
    expect(validateProgramContent(broken).join('\n')).toContain(
      'showIf refers to "no-such-field", which is not an earlier field',
    );
  });

  it('fails when a field depends on an option its choice does not offer', () => {
    const broken = withExercise((exercise) => ({
      ...exercise,
      fields: exercise.fields.map((field) =>
        field.showIf ? { ...field, showIf: { field: 'children', equals: 'maybe' } } : field,
      ),
    }));
    expect(validateProgramContent(broken).join('\n')).toContain(
      '"maybe", which "children" does not offer',
    );
  });

  it('fails when an exercise replies to an exercise that does not exist', () => {
    const broken = withExercise((exercise) => ({ ...exercise, respondsTo: 'missing-letter' }));
    expect(validateProgramContent(broken).join('\n')).toContain(
      'respondsTo names "missing-letter"',
    );
  });

  it('fails when a stage is left without an exercise for some role and type', () => {
    const broken = {
      ...content,
      exercises: content.exercises.filter(
        (e) => e.stage !== 'empathy' || e.audience !== 'everyone',
      ),
    };
    expect(completenessProblems(broken)).toContain(
      'stage "empathy" for hurt in marriage: no exercise',
    );
  });

  it('fails on a link that goes nowhere', () => {
    const blocks = markdownBlocks('test', 'See [this](/learn/not-written-yet).');
    const broken = {
      ...content,
      articles: content.articles.map((a, i) => (i === 0 ? { ...a, body: blocks } : a)),
    };
    expect(validateProgramContent(broken).join('\n')).toContain(
      'the link "/learn/not-written-yet" goes nowhere',
    );
  });

  it('refuses raw HTML and images, so content can never reach a page as markup', () => {
    expect(() => markdownBlocks('test', '<script>alert(1)</script>')).toThrow(ContentError);
    expect(() => markdownBlocks('test', 'Text with <b>bold</b>')).toThrow(/"html" is not allowed/);
    expect(() => markdownBlocks('test', '![a](/x.png)')).toThrow(/"image" is not allowed/);
  });

  it('refuses an unknown front-matter key instead of ignoring it', () => {
    const files = new Map([
      ['learn/x.md', '---\nslug: x\ntitle: X\nsummary: S\nauthor: me\n---\nBody'],
    ]);
    expect(() => buildProgramContent('en', files)).toThrow(
      '"author" is not a known front-matter key',
    );
  });

  it('accepts a translation that changes words only, and refuses one that renames a field', () => {
    const reworded: ProgramContent = {
      ...content,
      locale: 'xx',
      stages: content.stages.map((stage) => ({ ...stage, title: `${stage.title} (xx)` })),
    };
    expect(translationProblems(content, reworded)).toEqual([]);
    const renamed = {
      ...withExercise((exercise) => ({
        ...exercise,
        fields: exercise.fields.map((f, i) => (i === 0 ? { ...f, id: 'renamed' } : f)),
      })),
      locale: 'xx',
    };
    expect(translationProblems(content, renamed)).toHaveLength(1);
  });
});
