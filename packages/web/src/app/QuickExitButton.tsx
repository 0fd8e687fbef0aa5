import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { t } from '../i18n';
import { appName } from './appearance';
import { QUICK_EXIT_KEY_WINDOW_MS, quickExit } from './quickExit';

/** Leaves when Escape is pressed twice in quick succession, wherever focus is. */
function useEscapeTwiceToLeave(leave: () => void): void {
  useEffect(() => {
    let lastEscapeAt = Number.NEGATIVE_INFINITY;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      if (event.timeStamp - lastEscapeAt <= QUICK_EXIT_KEY_WINDOW_MS) {
        leave();
        return;
      }
      lastEscapeAt = event.timeStamp;
    };
    // Capture phase, so a dialog or field that handles Escape itself cannot swallow it.
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [leave]);
}

export function QuickExitButton() {
  const queryClient = useQueryClient();
  // Stable, so the key listener (and its memory of the last Escape) survives re-renders.
  const leave = useCallback(() => quickExit(queryClient), [queryClient]);
  useEscapeTwiceToLeave(leave);

  return (
    <button
      type="button"
      className="quick-exit"
      onClick={leave}
      title={t('quickExit.title', { name: appName() })}
      aria-keyshortcuts="Escape"
    >
      {t('quickExit.label')}
    </button>
  );
}
