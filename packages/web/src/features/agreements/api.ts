import type { HoldingMark } from '@amend/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { progressKey } from '../checkins/api';
import type { Agreement, AgreementTerms, HoldingWeek } from './types';

export const agreementsKey = ['agreements'] as const;
const holdingKey = ['agreement-holding'] as const;

export function useAgreements() {
  return useQuery({
    queryKey: agreementsKey,
    queryFn: async () => (await api.get<{ agreements: Agreement[] }>('/agreements')).agreements,
  });
}

export function useAgreement(id: string) {
  return useQuery({
    queryKey: [...agreementsKey, id],
    queryFn: async () =>
      (await api.get<{ agreement: Agreement }>(`/agreements/${encodeURIComponent(id)}`)).agreement,
  });
}

/** Every change to an agreement can change the list, the weekly question and the dashboard. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: agreementsKey }),
      queryClient.invalidateQueries({ queryKey: holdingKey }),
      queryClient.invalidateQueries({ queryKey: progressKey }),
    ]);
}

export function useProposeAgreement() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (terms: AgreementTerms) => api.post<{ id: string }>('/agreements', terms),
    onSuccess: refresh,
  });
}

const path = (id: string, rest: string) => `/agreements/${encodeURIComponent(id)}/${rest}`;

export function useAnswerAgreement(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: {
      version: number;
      answer: 'accept' | 'decline' | 'withdraw';
      reason?: string;
    }) => api.post<void>(path(id, 'answers'), input),
    onSuccess: refresh,
  });
}

export function useProposeChange(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { basedOnVersion: number; terms: AgreementTerms; reason?: string }) =>
      api.post<void>(path(id, 'changes'), input),
    onSuccess: refresh,
  });
}

export function useProposeSunsetStep(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { basedOnVersion: number }) =>
      api.post<void>(path(id, 'sunset-steps'), input),
    onSuccess: refresh,
  });
}

export function useEndAgreement(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (reason: string) => api.post<void>(path(id, 'end'), { reason }),
    onSuccess: refresh,
  });
}

export function useHoldingWeek() {
  return useQuery({
    queryKey: holdingKey,
    queryFn: () => api.get<HoldingWeek>('/agreement-holding'),
  });
}

export function useSaveHolding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (marks: { agreementId: string; mark: HoldingMark }[]) =>
      api.put<HoldingWeek>('/agreement-holding', { marks }),
    onSuccess: (week) => {
      queryClient.setQueryData(holdingKey, week);
      return queryClient.invalidateQueries({ queryKey: progressKey });
    },
  });
}
