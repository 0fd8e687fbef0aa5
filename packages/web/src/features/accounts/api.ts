import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, forgetCsrfToken } from '../../app/api/client';
import { isApiError } from '../../app/api/problem';
import { withOfflineCopy } from '../../offline/recent';
import { forgetRecentAnswers } from '../../offline/vault';
import { forgetCheckinDraft } from '../checkins/draft';
import { lockJournal } from '../journal/session';
import { forgetQuestionnaireDrafts } from '../questionnaires/localDraft';
import type { AssertionChallenge } from '../security/api';
import { answerWithPasskey } from '../security/passkeys';

export interface User {
  id: string;
  email: string;
  displayName: string;
  timeZone: string;
  /** A person in a couple, or a therapist (who has the therapist portal instead of a space). */
  accountKind: 'person' | 'therapist';
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
  return useQuery({
    queryKey: meKey,
    queryFn: () => withOfflineCopy('me', fetchMe),
    staleTime: 5 * 60_000,
  });
}

/** Forget everything cached for the previous person, then remember who is signed in now. */
export function replaceSession(queryClient: QueryClient, user: User | null): void {
  forgetCsrfToken();
  // An unlocked journal belongs to the person who unlocked it, never to whoever signs in next.
  lockJournal();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  // The copies kept for offline use were the previous person's.
  void forgetRecentAnswers();
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

export type SecondFactorMethod = 'totp' | 'recovery_code' | 'passkey';

/** The password was right and a second step is needed: what to send it with, and how. */
export interface SecondFactorChallenge {
  token: string;
  methods: SecondFactorMethod[];
  expiresAt: string;
}

export type SignInAnswer = { user: User } | { secondFactor: SecondFactorChallenge };

/** Resolves to the second-step challenge when one is needed, or null once signed in. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { email: string; password: string }) => {
      const answer = await api.post<SignInAnswer>('/sessions', input);
      if ('secondFactor' in answer) return answer.secondFactor;
      replaceSession(queryClient, answer.user);
      return null;
    },
  });
}

/**
 * Finishes a sign-in: with a code (from the app, or a recovery code), or with one of the
 * person's passkeys, which the browser asks the device for.
 */
export function useCompleteSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (
      input: { token: string; code: string } | { token: string; passkey: true },
    ) => {
      if ('code' in input) return api.post<{ user: User }>('/sessions/second-factor', input);
      const challenge = await api.post<AssertionChallenge>(
        '/sessions/second-factor/passkey-options',
        { token: input.token },
      );
      const credential = await answerWithPasskey(challenge.options);
      return api.post<{ user: User }>('/sessions/second-factor', {
        token: input.token,
        passkey: { challengeId: challenge.challengeId, credential },
      });
    },
    onSuccess: ({ user }) => replaceSession(queryClient, user),
  });
}

/** Signs in with a passkey alone: the browser offers the passkeys it holds for Amend. */
export function useSignInWithPasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const challenge = await api.post<AssertionChallenge>('/sessions/passkey-options', {});
      const credential = await answerWithPasskey(challenge.options);
      return api.post<{ user: User }>('/sessions/passkey', {
        challengeId: challenge.challengeId,
        credential,
      });
    },
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
