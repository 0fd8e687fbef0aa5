import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { progressKey } from '../checkins/api';
import type { TherapySession, TherapySessionInput } from './types';

export const therapySessionsKey = ['therapy-sessions'] as const;

export function useTherapySessions() {
  return useQuery({
    queryKey: therapySessionsKey,
    queryFn: async () =>
      (await api.get<{ sessions: TherapySession[] }>('/therapy-sessions')).sessions,
  });
}

export function useRecordTherapySession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TherapySessionInput) =>
      api.post<{ id: string }>('/therapy-sessions', input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: therapySessionsKey }),
        queryClient.invalidateQueries({ queryKey: progressKey }),
      ]),
  });
}

/** An appointment with the therapist that this person is expected at. */
export interface Appointment {
  id: string;
  startsAt: string;
  kind: 'couple' | 'individual';
  therapistName: string;
  cancelled: boolean;
}

export function useAppointments() {
  return useQuery({
    queryKey: ['appointments'] as const,
    queryFn: async () =>
      (await api.get<{ appointments: Appointment[] }>('/appointments')).appointments,
  });
}
