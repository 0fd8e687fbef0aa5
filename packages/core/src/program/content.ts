import { PROGRAM_CONTENT_EN } from './generated/content-en.js';
import type { ProgramContent } from './types.js';

/**
 * The program's content in each language it has been written or translated into. English is the
 * original; a translation lives in content/<locale>/ with the same files and ids, and the build
 * refuses one whose stages, exercises, fields or options differ from the English.
 */
export const PROGRAM_CONTENT: Readonly<Record<string, ProgramContent>> = { en: PROGRAM_CONTENT_EN };

export const DEFAULT_PROGRAM_LOCALE = 'en';

/** The content in `locale`, or in English when there is no translation yet. */
export function programContent(locale: string = DEFAULT_PROGRAM_LOCALE): ProgramContent {
  return PROGRAM_CONTENT[locale] ?? PROGRAM_CONTENT_EN;
}
