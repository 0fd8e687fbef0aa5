import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { progressKey } from '../checkins/api';
import type { About, Incident, IncidentFactsInput } from './types';

export const incidentsKey = ['incidents'] as const;

export function useIncidents() {
  return useQuery({
    queryKey: incidentsKey,
    queryFn: async () => (await api.get<{ incidents: Incident[] }>('/incidents')).incidents,
  });
}

/** The dashboard counts incidents, so it is refreshed with the list. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: incidentsKey }),
      queryClient.invalidateQueries({ queryKey: progressKey }),
    ]);
}

export function useReportIncident() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: IncidentFactsInput & { about: About }) =>
      api.post<{ id: string }>('/incidents', input),
    onSuccess: refresh,
  });
}

export function useCorrectIncident(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: IncidentFactsInput & { reason: string }) =>
      api.post<void>(`/incidents/${encodeURIComponent(id)}/corrections`, input),
    onSuccess: refresh,
  });
}

export function useAddIncidentNote(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (text: string) =>
      api.post<void>(`/incidents/${encodeURIComponent(id)}/notes`, { text }),
    onSuccess: refresh,
  });
}
