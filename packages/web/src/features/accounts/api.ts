import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, forgetCsrfToken } from '../../app/api/client';
import { isApiError } from '../../app/api/problem';
import { forgetCheckinDraft } from '../checkins/draft';
import { forgetQuestionnaireDrafts } from '../questionnaires/localDraft';

export interface User {
  id: string;
  email: string;
  displayName: string;
  timeZone: string;
}

export const meKey = ['me'] as const;

async function fetchMe(): Promise<User | null> {
  try {
    const { user } = await api.get<{ user: User }>('/me');
    return user;
  } catch (error) {
    // Being signed out is an ordinary state, not an error.
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in person, or null when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** Forget everything cached for the previous person, then remember who is signed in now. */
export function replaceSession(queryClient: QueryClient, user: User | null): void {
  forgetCsrfToken();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  queryClient.setQueryData(meKey, user);
}

export interface SignUpInput {
  email: string;
  password: string;
  displayName: string;
  timeZone: string;
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignUpInput) => api.post<{ user: User }>('/accounts', input),
    onSuccess: ({ user }) => replaceSession(queryClient, user),
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api.post<{ user: User }>('/sessions', input),
    onSuccess: ({ user }) => replaceSession(queryClient, user),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/sessions/current'),
    onSuccess: () => {
      // A half-written check-in (its note perhaps) or questionnaire must not outlive signing
      // out. It is kept when a session merely expires, so signing in again brings it back.
      forgetCheckinDraft();
      forgetQuestionnaireDrafts();
      replaceSession(queryClient, null);
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: { email: string }) =>
      api.post<Record<string, never>>('/password-resets', input),
  });
}

export function useCompletePasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      api.post<void>('/password-resets/complete', input),
  });
}

/** The signed-in person's time zone, for showing dates; the browser's own until known. */
export function useTimeZone(): string | undefined {
  return useMe().data?.timeZone;
}
