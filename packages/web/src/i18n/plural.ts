/**
 * A message whose wording depends on a number. `zero` is optional and wins for exactly 0,
 * because "today" reads far more kindly than "0 days ago".
 */
export interface PluralMessage {
  readonly plural: true;
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}

export function plural(forms: { zero?: string; one: string; other: string }): PluralMessage {
  return { plural: true, ...forms };
}
