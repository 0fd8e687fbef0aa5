import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { withOfflineCopy } from '../../offline/recent';
import type { CheckIn, CheckinInput, CheckinOverview } from './types';

export const checkinsKey = ['checkins'] as const;
/** The dashboard is computed from check-ins, so it is refreshed whenever one is saved. */
export const progressKey = ['progress'] as const;

export function useCheckins() {
  return useQuery({
    queryKey: checkinsKey,
    queryFn: () => withOfflineCopy('checkins', () => api.get<CheckinOverview>('/checkins')),
  });
}

export type SaveCheckinRequest =
  | { kind: 'create'; input: CheckinInput; idempotencyKey: string }
  | { kind: 'change'; id: string; input: CheckinInput };

export function useSaveCheckin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: SaveCheckinRequest) => {
      const { checkin } =
        request.kind === 'create'
          ? await api.post<{ checkin: CheckIn }>('/checkins', {
              ...request.input,
              idempotencyKey: request.idempotencyKey,
            })
          : await api.put<{ checkin: CheckIn }>(
              `/checkins/${encodeURIComponent(request.id)}`,
              request.input,
            );
      return checkin;
    },
    // On success the check-in exists; on a conflict (saved in another tab, or the week has
    // ended) the overview tells the form whether to create or change next time.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: checkinsKey }),
        queryClient.invalidateQueries({ queryKey: progressKey }),
      ]),
  });
}
