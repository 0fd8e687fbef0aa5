import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type {
  SafetyAnswers,
  SafetyContact,
  SafetyContactInput,
  SafetyHistory,
  SafetyQuestions,
  SafetyScreenResult,
} from './types';

export const safetyHistoryKey = ['safety', 'screens'] as const;
const questionsKey = ['safety', 'questions'] as const;
const contactsKey = ['safety', 'contacts'] as const;

export function useSafetyQuestions() {
  return useQuery({
    queryKey: questionsKey,
    queryFn: async () => (await api.get<{ screen: SafetyQuestions }>('/safety/screen')).screen,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSafetyHistory() {
  return useQuery({
    queryKey: safetyHistoryKey,
    queryFn: () => api.get<SafetyHistory>('/safety/screens'),
  });
}

export function useTakeSafetyScreen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { answers: SafetyAnswers; idempotencyKey: string }) =>
      (await api.post<{ screen: SafetyScreenResult }>('/safety/screens', input)).screen,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: safetyHistoryKey }),
  });
}

export function useSetSharing(screenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sharedWithTherapist: boolean) =>
      (
        await api.put<{ screen: SafetyScreenResult }>(`/safety/screens/${screenId}/sharing`, {
          sharedWithTherapist,
        })
      ).screen,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: safetyHistoryKey }),
  });
}

export function useDeleteScreen(screenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/safety/screens/${screenId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: safetyHistoryKey }),
  });
}

export function useSafetyContacts() {
  return useQuery({
    queryKey: contactsKey,
    queryFn: async () =>
      (await api.get<{ resources: SafetyContact[] }>('/safety/resources')).resources,
  });
}

export function useAddContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SafetyContactInput) =>
      api.post<{ resource: SafetyContact }>('/safety/resources', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsKey }),
  });
}

export function useUpdateContact(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SafetyContactInput) =>
      api.put<{ resource: SafetyContact }>(`/safety/resources/${contactId}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsKey }),
  });
}

export function useRemoveContact(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/safety/resources/${contactId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactsKey }),
  });
}
