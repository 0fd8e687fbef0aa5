import { describe, expect, it } from 'vitest';
import { drawsExplicitDetail, findExplicitDetail } from './explicit-detail.js';

describe('the gentle warning about graphic sexual detail', () => {
  it('does not flag the plain facts an account needs', () => {
    for (const text of [
      'We met at a conference in March and it lasted four months.',
      'We slept together three times, the last time in June.',
      'We had sex twice. I ended it by text on 2 July.',
      'We kissed in the car park. It was physical from May.',
      'I lied to you about the weekend in Leeds.',
      'It aroused suspicion at work, so we met at her flat.',
      'We had a cocktail at the bar and talked about Dickens.',
      'He graduated cum laude.',
    ]) {
      expect(findExplicitDetail(text), text).toEqual([]);
    }
  });

  it('flags explicit descriptions of bodies and acts, with where they are', () => {
    const text = 'Then she went down on me and I had an orgasm.';
    const findings = findExplicitDetail(text);
    expect(findings.map((finding) => finding.phrase)).toEqual(['went down on', 'orgasm']);
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.phrase);
    }
  });

  it('flags slang and word forms, in any case', () => {
    expect(drawsExplicitDetail('Her BREASTS were…')).toBe(true);
    expect(drawsExplicitDetail('we were masturbating on camera')).toBe(true);
    expect(drawsExplicitDetail('I was so horny that night')).toBe(true);
    expect(drawsExplicitDetail('his dick')).toBe(true);
  });

  it('counts offsets in UTF-16 units after emoji and accents', () => {
    const text = 'Café 💬 — then oral  sex';
    const [finding] = findExplicitDetail(text);
    expect(finding && text.slice(finding.start, finding.end)).toBe('oral  sex');
  });
});
