import { describe, expect, it } from 'vitest';
import { analyzeMessage, applySuggestion } from './analyze.js';
import type { CoachKind } from './types.js';

function phrases(text: string): [CoachKind, string][] {
  return analyzeMessage(text).map((finding) => [
    finding.kind,
    text.slice(finding.start, finding.end),
  ]);
}

describe('offsets', () => {
  it.each([
    ['emoji before', '😀😀 You never listen to me.'],
    ['a family emoji joined by zero-width joiners', '👨‍👩‍👧 You never listen to me.'],
    ['combining marks', 'Cafe\u0301 au lait, and You never listen to me.'],
    ['Chinese before', '我很难过。You never listen to me.'],
    ['Arabic before', 'أنا متعب جدا. You never listen to me.'],
    ['Hebrew inside', 'You never listen to me, שלום.'],
    ['a flag and a skin tone', '🇳🇿👍🏽 You never listen to me.'],
  ])('are UTF-16 indices into the text with %s', (_label, text) => {
    const [finding] = analyzeMessage(text);
    expect(finding?.kind).toBe('criticism');
    expect(text.slice(finding?.start, finding?.end)).toBe('You never');
    expect(finding?.start).toBe(text.indexOf('You never'));
  });

  it('finds an eye-roll emoji as one whole character, both halves of its surrogate pair', () => {
    const text = 'Sure. 🙄';
    const [finding] = analyzeMessage(text);
    expect(finding?.kind).toBe('contempt');
    expect(finding?.end).toBe(text.length);
    expect(text.slice(finding?.start, finding?.end)).toBe('🙄');
  });

  it('reports findings in text order without overlaps', () => {
    const text = 'Whatever. You’re pathetic, and it’s your fault. You always do this.';
    const findings = analyzeMessage(text);
    expect(findings.map((finding) => finding.kind)).toEqual([
      'stonewalling',
      'contempt',
      'blame',
      'criticism',
    ]);
    for (let index = 1; index < findings.length; index += 1) {
      expect(findings[index]?.start).toBeGreaterThanOrEqual(findings[index - 1]?.end ?? 0);
    }
  });
});

describe('context', () => {
  it.each([
    'I’m not saying you always forget.',
    'I always felt safe with you.',
    'It’s not your fault.',
    'I don’t blame you.',
    'You always make me laugh.',
    'You never have to hide anything from me.',
    'When you said “whatever”, I felt dismissed.',
    'I don’t want to talk about it right now; can we come back to it at eight?',
    'I used to tell myself it didn’t mean anything.',
    'I feel as if I’m invisible.',
    'Let’s move on to the next question.',
    '',
  ])('leaves "%s" alone', (text) => {
    expect(analyzeMessage(text)).toEqual([]);
  });

  it.each<[string, CoachKind, string]>([
    ['You never listen to me.', 'criticism', 'You never'],
    ['It’s your fault.', 'blame', 'It’s your fault'],
    ['If you hadn’t been so distant, I wouldn’t have strayed.', 'blame', 'If you hadn’t'],
    ['You’re pathetic.', 'contempt', 'You’re pathetic'],
    ['*rolls eyes* fine', 'contempt', '*rolls eyes*'],
    ['Whatever.', 'stonewalling', 'Whatever'],
    ['I’m done talking.', 'stonewalling', 'I’m done talking'],
    ['I’m done talking tonight or any night.', 'stonewalling', 'I’m done talking'],
    ['It was just a few texts.', 'minimization', 'It was just a few texts'],
    ['It didn’t mean anything.', 'minimization', 'It didn’t mean anything'],
    ['Get over it.', 'minimization', 'Get over it'],
    ['At least I told you.', 'defensiveness', 'At least I told'],
    ['You’re overreacting.', 'minimization', 'You’re overreacting'],
  ])('flags "%s" as %s', (text, kind, phrase) => {
    expect(phrases(text)).toEqual([[kind, phrase]]);
  });

  it('accepts straight and curly apostrophes alike', () => {
    expect(phrases("It's your fault.")).toEqual(
      phrases('It’s your fault.').map(([kind]) => [kind, "It's your fault"]),
    );
  });

  it('looks at no more than the first 20,000 characters of a very long text', () => {
    const text = `${'a'.repeat(20_000)} You never listen.`;
    expect(analyzeMessage(text)).toEqual([]);
  });
});

describe('suggestions', () => {
  it('keeps what the message was about in an I feel / when / I need shape', () => {
    const [finding] = analyzeMessage('You never listen to me.');
    expect(finding?.suggestion).toBe(
      'I feel hurt when you don’t listen to me. I need to feel heard.',
    );
    const [past] = analyzeMessage('You never called me back.');
    expect(past?.suggestion).toBe(
      'I feel hurt when you didn’t call me back. I need to know where things stand, so I can feel safe.',
    );
    const [always] = analyzeMessage('You’re always late');
    expect(always?.suggestion).toMatch(/^I feel hurt when you’re late\. I need /);
  });

  it('gives every finding one explanation sentence and a suggestion with I feel and I need', () => {
    const text =
      'It’s your fault. You’re a joke. Whatever. It was only a kiss. At least I didn’t lie. You always forget.';
    const findings = analyzeMessage(text);
    expect(findings).toHaveLength(6);
    for (const finding of findings) {
      expect(finding.explanation.split(/[.!?](?:\s|$)/).filter(Boolean)).toHaveLength(1);
      expect(finding.suggestion).toMatch(/\bI feel\b/);
      expect(finding.suggestion).toMatch(/\bI need\b/);
    }
  });

  it('replaces only the sentence that holds the finding', () => {
    const text = 'I had a long day. You never listen to me! Can we talk later?';
    const [finding] = analyzeMessage(text);
    if (!finding) throw new Error('expected a finding');
    expect(applySuggestion(text, finding)).toBe(
      'I had a long day. I feel hurt when you don’t listen to me. I need to feel heard. Can we talk later?',
    );
  });
});
