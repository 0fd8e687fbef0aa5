import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { ApiError, NETWORK_ERROR, type ProblemDocument } from '../../app/api/problem';
import { replaceSession } from '../accounts/api';
import { forgetCheckinDraft } from '../checkins/draft';
import { forgetQuestionnaireDrafts } from '../questionnaires/localDraft';
import type { AccessLogPage } from './types';

export const accessLogKey = ['access-log'] as const;

/** The access log, a page of 50 at a time, newest first. */
export function useAccessLog() {
  return useInfiniteQuery({
    queryKey: accessLogKey,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get<AccessLogPage>(
        `/me/access-log${pageParam ? `?before=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

function fileNameOf(response: Response): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? 'my-data.zip';
}

/**
 * Fetches the ZIP and hands it to the browser as a download. A plain link would do the same,
 * but fetching first lets the page say "Preparing your download…" while the server builds it,
 * and show a clear message if it fails.
 */
async function downloadEverything(): Promise<{ fileName: string }> {
  let response: Response;
  try {
    response = await fetch('/api/v1/me/export', {
      credentials: 'same-origin',
      headers: { accept: 'application/zip, application/problem+json' },
    });
  } catch {
    throw new ApiError(0, { code: NETWORK_ERROR });
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as ProblemDocument;
    throw new ApiError(response.status, problem);
  }
  const fileName = fileNameOf(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file; the object URL only needs to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { fileName };
}

export function useDownloadEverything() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: downloadEverything,
    // The download is itself in the access log.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessLogKey }),
  });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.delete('/me', { password }),
    onSuccess: () => {
      // Nothing of the account may stay on this device: drafts, cached pages, the session.
      forgetCheckinDraft();
      forgetQuestionnaireDrafts();
      replaceSession(queryClient, null);
    },
  });
}
