/**
 * Discreet mode: what Amend calls itself, and which words it keeps out of anything that can be
 * seen outside the app (a browser tab, an e-mail subject in a shared inbox, a notification on a
 * locked screen). Messages are written neutrally to begin with; these lists let tests prove it.
 */

/** The name Amend goes by in discreet mode: ordinary enough to pass without a second look. */
export const NEUTRAL_APP_NAME = 'Notes';

/**
 * Words that give away what the app is about. Matched as whole words, case-insensitively, with
 * common endings (affair → affairs, cheat → cheating), so "recovery" is caught but "cover" is not.
 */
export const SENSITIVE_WORDS: readonly string[] = [
  'amend',
  'infidelity',
  'unfaithful',
  'affair',
  'cheat',
  'betray',
  'betrayal',
  'recovery',
  'trust',
  'therapy',
  'therapist',
  'counselling',
  'counseling',
  'relationship',
  'partner',
  'couple',
  'abuse',
  'safety',
  'journal',
  'trigger',
  'relapse',
  'forgive',
  'forgiveness',
];

const ENDINGS = '(?:s|es|ed|er|ers|ing|al)?';
const SENSITIVE_PATTERN = new RegExp(`\\b(${SENSITIVE_WORDS.join('|')})${ENDINGS}\\b`, 'giu');

/** The sensitive words found in `text`, lower-cased, each once, in the order they appear. */
export function findSensitiveWords(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(SENSITIVE_PATTERN)) found.add(match[0].toLowerCase());
  return [...found];
}
