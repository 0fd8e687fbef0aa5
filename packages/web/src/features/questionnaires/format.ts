import { LOCALE } from '../../i18n';
import type { Questionnaire } from './types';

const scoreFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** Scores may be sums or means: whole numbers as they are, others to one decimal place. */
export function formatScore(score: number): string {
  return scoreFormat.format(score);
}

export function bandLabel(questionnaire: Questionnaire, band: string | null): string | null {
  if (band === null) return null;
  return questionnaire.bands.find((b) => b.key === band)?.label ?? null;
}
