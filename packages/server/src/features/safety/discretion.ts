import type { AppDeps } from '../../platform/deps.js';
import * as store from './store.js';

/**
 * Discreet mode, one person's choice: the web app shows a neutral name and icon, and every
 * e-mail or notification sent to them uses neutral words and a neutral sender name. Features that
 * send anything to a person ask `isDiscreet` first and pass it to the mailer.
 */
export async function isDiscreet(deps: AppDeps, userId: string): Promise<boolean> {
  return store.discreetMode(deps.db, userId);
}

export async function preferences(deps: AppDeps, userId: string) {
  return { discreetMode: await isDiscreet(deps, userId) };
}

export async function updatePreferences(
  deps: AppDeps,
  userId: string,
  changes: { discreetMode: boolean },
) {
  await store.setDiscreetMode(deps.db, userId, changes.discreetMode, deps.now());
  return preferences(deps, userId);
}
