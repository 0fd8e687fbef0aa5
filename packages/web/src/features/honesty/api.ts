import type { AnswerMark, KeptMark } from '@amend/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { progressKey } from '../checkins/api';
import type { Commitment, Disclosure, FullAccount, QuestionsOverview, Timeline } from './types';

const keys = {
  questions: ['honesty', 'questions'] as const,
  disclosures: ['honesty', 'disclosures'] as const,
  accounts: ['honesty', 'accounts'] as const,
  commitments: ['honesty', 'commitments'] as const,
  timeline: ['honesty', 'timeline'] as const,
};

/** After a change, refresh its page, the timeline and the dashboard, which draw on it. */
function useRefresh(...queryKeys: (readonly string[])[]) {
  const client = useQueryClient();
  return () =>
    Promise.all(
      [...queryKeys, keys.timeline, progressKey].map((queryKey) =>
        client.invalidateQueries({ queryKey }),
      ),
    );
}

export function useQuestions() {
  return useQuery({
    queryKey: keys.questions,
    queryFn: () => api.get<QuestionsOverview>('/questions'),
  });
}

export function useAskQuestion() {
  const refresh = useRefresh(keys.questions);
  return useMutation({
    mutationFn: (text: string) => api.post<{ id: string }>('/questions', { text }),
    onSuccess: refresh,
  });
}

export function useAnswerQuestion(questionId: string) {
  const refresh = useRefresh(keys.questions);
  return useMutation({
    mutationFn: (text: string) =>
      api.post<{ id: string }>(`/questions/${encodeURIComponent(questionId)}/answers`, { text }),
    onSuccess: refresh,
  });
}

export type QuestionStep =
  | { readonly type: 'hold' | 'release' | 'withdraw' }
  | { readonly type: 'mark'; readonly answerId: string; readonly mark: AnswerMark };

export function useQuestionStep(questionId: string) {
  const refresh = useRefresh(keys.questions);
  return useMutation({
    mutationFn: (step: QuestionStep) => {
      const base = `/questions/${encodeURIComponent(questionId)}`;
      return step.type === 'mark'
        ? api.post<void>(`${base}/marks`, { answerId: step.answerId, mark: step.mark })
        : api.post<void>(`${base}/${step.type}`);
    },
    onSuccess: refresh,
  });
}

export function useDisclosures() {
  return useQuery({
    queryKey: keys.disclosures,
    queryFn: () => api.get<{ mayDisclose: boolean; disclosures: Disclosure[] }>('/disclosures'),
  });
}

export function useMakeDisclosure() {
  const refresh = useRefresh(keys.disclosures, ['incidents']);
  return useMutation({
    mutationFn: (input: {
      topic: string;
      occurredOn: string;
      text: string;
      idempotencyKey: string;
    }) => api.post<{ id: string }>('/disclosures', input),
    onSuccess: refresh,
  });
}

export function useFullAccounts() {
  return useQuery({
    queryKey: keys.accounts,
    queryFn: () => api.get<{ mayWrite: boolean; accounts: FullAccount[] }>('/full-accounts'),
  });
}

export function useAccountStep() {
  const refresh = useRefresh(keys.accounts);
  return useMutation({
    mutationFn: (
      step:
        | { type: 'start'; text: string }
        | { type: 'save'; id: string; text: string }
        | { type: 'seal' | 'open'; id: string },
    ) => {
      if (step.type === 'start') return api.post<unknown>('/full-accounts', { text: step.text });
      const base = `/full-accounts/${encodeURIComponent(step.id)}`;
      if (step.type === 'save') return api.post<unknown>(`${base}/versions`, { text: step.text });
      return api.post<unknown>(`${base}/${step.type}`);
    },
    onSuccess: refresh,
  });
}

export function useCommitments() {
  return useQuery({
    queryKey: keys.commitments,
    queryFn: () =>
      api.get<{ mayCommit: boolean; today: string; commitments: Commitment[] }>('/commitments'),
  });
}

export function useMakeCommitment() {
  const refresh = useRefresh(keys.commitments);
  return useMutation({
    mutationFn: (input: { what: string; howOften: string; until: string }) =>
      api.post<{ id: string }>('/commitments', input),
    onSuccess: refresh,
  });
}

export function useCommitmentStep(commitmentId: string) {
  const refresh = useRefresh(keys.commitments);
  return useMutation({
    mutationFn: (
      step: { type: 'mark'; week: number; mark: KeptMark } | { type: 'acknowledge'; note: string },
    ) => {
      const base = `/commitments/${encodeURIComponent(commitmentId)}`;
      return step.type === 'mark'
        ? api.post<void>(`${base}/marks`, { week: step.week, mark: step.mark })
        : api.post<void>(`${base}/acknowledgement`, step.note ? { note: step.note } : {});
    },
    onSuccess: refresh,
  });
}

export function useTimeline(query: string) {
  return useQuery({
    queryKey: [...keys.timeline, query],
    queryFn: () => api.get<Timeline>(`/timeline${query ? `?${query}` : ''}`),
  });
}

/** The therapist's view of a couple's sealed full accounts (never their text). */
export interface SessionAccounts {
  readonly mayOpen: boolean;
  readonly reason: 'consent_missing' | 'partner_missing' | null;
  readonly accounts: readonly {
    readonly id: string;
    readonly authorName: string | null;
    readonly state: 'sealed' | 'opened';
    readonly sealedAt: string | null;
    readonly openedAt: string | null;
    readonly openedInSession: { readonly byYou: boolean } | null;
  }[];
}

const sessionAccountsKey = (coupleId: string) => ['therapist', 'full-accounts', coupleId] as const;
const coupleBase = (coupleId: string) => `/therapist/couples/${encodeURIComponent(coupleId)}`;

export function useSessionAccounts(coupleId: string) {
  return useQuery({
    queryKey: sessionAccountsKey(coupleId),
    queryFn: () => api.get<SessionAccounts>(`${coupleBase(coupleId)}/full-accounts`),
  });
}

/** The therapist opens a sealed account in a session: it opens for both partners at once. */
export function useOpenInSession(coupleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (accountId: string) =>
      api.post<{ state: 'opened'; openedAt: string }>(
        `${coupleBase(coupleId)}/full-accounts/${encodeURIComponent(accountId)}/open-in-session`,
      ),
    onSettled: () => client.invalidateQueries({ queryKey: sessionAccountsKey(coupleId) }),
  });
}
