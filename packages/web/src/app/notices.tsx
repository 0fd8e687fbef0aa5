import { useHistoryState } from 'wouter/use-browser-location';
import { t } from '../i18n';
import type { messages } from '../i18n/en';

export type NoticeKey = keyof (typeof messages)['notices'];

interface NoticeState {
  notice?: NoticeKey;
}

/**
 * History state for a navigation that should confirm something on arrival ("Your password
 * has been changed"). Keeping it in the history entry means it belongs to that one visit
 * and never follows the person to another page.
 */
export function withNotice(notice: NoticeKey): NoticeState {
  return { notice };
}

function isNoticeState(state: unknown): state is NoticeState {
  return typeof state === 'object' && state !== null && 'notice' in state;
}

/** A polite live region at the top of the page, always present so it is announced. */
export function NoticeBanner() {
  const state: unknown = useHistoryState();
  const notice = isNoticeState(state) ? state.notice : undefined;
  return (
    <div role="status" className={notice ? 'notice' : 'notice notice--empty'}>
      {notice ? t(`notices.${notice}`) : null}
    </div>
  );
}
