import { describe, expect, it } from 'vitest';
import { cleanExerciseValues } from './answers.js';
import { programContent } from './content.js';
import { findExercise } from './resolve.js';

const content = programContent('en');
const children = findExercise(content, 'what-we-tell-the-children');
const letter = findExercise(content, 'impact-letter');
if (!children || !letter) throw new Error('the test exercises are missing');

describe('exercise answers', () => {
  it('keeps a half-finished draft as it is', () => {
    const result = cleanExerciseValues(letter, { 'finding-out': 'It was a Tuesday ' }, 'draft');
    expect(result).toEqual({ values: { 'finding-out': 'It was a Tuesday ' }, problems: [] });
  });

  it('needs every asked, non-optional field before saving, and names each one', () => {
    const result = cleanExerciseValues(letter, { 'finding-out': 'It was a Tuesday' }, 'save');
    expect(result.problems.map((p) => p.field)).toEqual([
      'what-it-changed',
      'what-i-need-you-to-understand',
    ]);
  });

  it('refuses a question the exercise does not have', () => {
    const result = cleanExerciseValues(letter, { nonsense: 'x' }, 'draft');
    expect(result.problems).toEqual([
      { field: 'nonsense', message: 'This exercise has no such question.' },
    ]);
  });

  it('does not ask, and does not keep, questions hidden by an earlier choice', () => {
    const result = cleanExerciseValues(
      children,
      { children: 'no-children', 'what-we-will-say': 'left over from before' },
      'save',
    );
    expect(result).toEqual({ values: { children: 'no-children' }, problems: [] });
  });

  it('asks the follow-up questions when the choice opens them', () => {
    const result = cleanExerciseValues(children, { children: 'have-children' }, 'save');
    expect(result.problems.map((p) => p.field)).toEqual([
      'what-they-noticed',
      'what-we-will-say',
      'what-we-keep-private',
    ]);
  });

  it('refuses an option that is not offered, text that is too long, and empty list items on save', () => {
    expect(cleanExerciseValues(children, { children: 'maybe' }, 'draft').problems).toHaveLength(1);
    const long = 'x'.repeat(6001);
    expect(
      cleanExerciseValues(letter, { 'finding-out': long }, 'draft').problems[0]?.message,
    ).toContain('6000');
    const list = cleanExerciseValues(
      children,
      { children: 'have-children', 'what-we-keep-private': [' a ', '', '  '] },
      'save',
    );
    expect(list.values['what-we-keep-private']).toEqual(['a']);
  });
});
