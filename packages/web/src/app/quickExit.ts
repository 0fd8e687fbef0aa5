import type { QueryClient } from '@tanstack/react-query';
import { forgetCheckinDraft } from '../features/checkins/draft';
import { forgetPendingInvitation } from '../features/invitations/pendingInvitation';
import { lockJournal } from '../features/journal/session';
import { forgetQuestionnaireDrafts } from '../features/questionnaires/localDraft';
import { forgetRecentAnswers } from '../offline/vault';

/** A busy, ordinary page that gives nothing away to someone glancing at the screen. */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Two presses of Escape within this window leave the app. */
export const QUICK_EXIT_KEY_WINDOW_MS = 1000;

/**
 * Leave Amend at once: hide the page, forget what is cached in memory and in this tab,
 * and replace the current history entry so Back does not return to this page.
 */
export function quickExit(queryClient: QueryClient): void {
  document.documentElement.classList.add('is-leaving');
  document.title = '';
  queryClient.clear();
  lockJournal();
  forgetPendingInvitation();
  forgetCheckinDraft();
  forgetQuestionnaireDrafts();
  // The encrypted copies kept for offline use; writes waiting to be sent stay (they show nothing).
  void forgetRecentAnswers();
  window.location.replace(QUICK_EXIT_URL);
}
