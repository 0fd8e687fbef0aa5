import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { checkinsKey, progressKey } from '../checkins/api';
import { incidentsKey } from '../incidents/api';
import type { SharedRecordsChoice } from '../privacy/types';
import { therapySessionsKey } from '../sessions/api';
import type { RelationshipType, Role, Space } from './types';

export const spaceKey = ['space'] as const;

/** Check-ins and progress belong to a space: forget them when the space changes. */
export function forgetSpaceData(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: checkinsKey });
  queryClient.removeQueries({ queryKey: progressKey });
  queryClient.removeQueries({ queryKey: incidentsKey });
  queryClient.removeQueries({ queryKey: therapySessionsKey });
}

export function useSpace() {
  return useQuery({
    queryKey: spaceKey,
    queryFn: async () => (await api.get<{ space: Space | null }>('/space')).space,
  });
}

export interface CreateSpaceInput {
  relationshipType: RelationshipType;
  role: Role;
  cameToLightOn: string;
}

export function useCreateSpace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSpaceInput) => api.post<{ space: Space }>('/space', input),
    onSuccess: ({ space }) => {
      forgetSpaceData(queryClient);
      queryClient.setQueryData(spaceKey, space);
    },
    // Already in a space (perhaps created in another tab): show the one that exists.
    onError: () => queryClient.invalidateQueries({ queryKey: spaceKey }),
  });
}

export function useLeaveSpace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sharedRecords: SharedRecordsChoice) =>
      api.post<void>('/space/leave', { sharedRecords }),
    onSuccess: () => {
      forgetSpaceData(queryClient);
      queryClient.setQueryData(spaceKey, null);
    },
  });
}
