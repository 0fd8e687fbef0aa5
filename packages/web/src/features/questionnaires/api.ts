import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Answers, QuestionnaireDetail, QuestionnaireSummary, ScoredResponse } from './types';

export const questionnairesKey = ['questionnaires'] as const;

export function useQuestionnaires() {
  return useQuery({
    queryKey: questionnairesKey,
    queryFn: () => api.get<{ questionnaires: QuestionnaireSummary[] }>('/questionnaires'),
  });
}

export function useQuestionnaire(id: string) {
  return useQuery({
    queryKey: [...questionnairesKey, id],
    queryFn: () => api.get<QuestionnaireDetail>(`/questionnaires/${encodeURIComponent(id)}`),
    // The form keeps its own answers; a refetch in the background must not reset them.
    refetchOnWindowFocus: false,
  });
}

/** Replaces the saved draft with every answer given so far. */
export function saveQuestionnaireDraft(id: string, answers: Answers) {
  return api.put<{ answeredCount: number; itemCount: number }>(
    `/questionnaires/${encodeURIComponent(id)}/draft`,
    { answers },
  );
}

export function useCompleteQuestionnaire(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: { answers: Answers; idempotencyKey: string }) => {
      const { response } = await api.post<{ response: ScoredResponse }>(
        `/questionnaires/${encodeURIComponent(id)}/responses`,
        request,
      );
      return response;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: questionnairesKey }),
  });
}
