import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type {
  ExerciseValues,
  ExerciseVisibility,
  ProgramOverview,
  StageView,
  TodaySuggestion,
} from './types';

export const programKey = ['program'] as const;
const todayKey = [...programKey, 'today'] as const;
const stageKey = (stageId: string) => [...programKey, 'stage', stageId] as const;

export function useProgram() {
  return useQuery({ queryKey: programKey, queryFn: () => api.get<ProgramOverview>('/program') });
}

export function useStage(stageId: string) {
  return useQuery({
    queryKey: stageKey(stageId),
    queryFn: () => api.get<StageView>(`/program/stages/${encodeURIComponent(stageId)}`),
    // The exercise forms keep their own text; a background refetch must not reset them.
    refetchOnWindowFocus: false,
  });
}

export function useToday() {
  return useQuery({
    queryKey: todayKey,
    queryFn: () => api.get<{ suggestion: TodaySuggestion | null }>('/program/today'),
  });
}

export function useStageAction(stageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'begin' | 'done') =>
      api.post<void>(`/program/stages/${encodeURIComponent(stageId)}/${action}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKey }),
  });
}

/** Replaces the person's draft of an exercise with everything written so far. */
export function saveExerciseDraft(exerciseId: string, values: ExerciseValues) {
  return api.put<{ savedAt: string }>(
    `/program/exercises/${encodeURIComponent(exerciseId)}/draft`,
    {
      values,
    },
  );
}

export function useSaveAnswer(exerciseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { values: ExerciseValues; visibility: ExerciseVisibility }) =>
      api.post<{ version: number; savedAt: string }>(
        `/program/exercises/${encodeURIComponent(exerciseId)}/answers`,
        request,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKey }),
  });
}

export function useSetVisibility(exerciseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (visibility: ExerciseVisibility) =>
      api.put<void>(`/program/exercises/${encodeURIComponent(exerciseId)}/visibility`, {
        visibility,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKey }),
  });
}
