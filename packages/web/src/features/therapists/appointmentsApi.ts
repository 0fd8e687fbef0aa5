import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';

/** An appointment the therapist booked with the couple or one partner, still to come. */
export interface TherapistAppointment {
  id: string;
  startsAt: string;
  kind: 'couple' | 'individual';
  invitees: string[];
}

const appointmentsKey = (coupleId: string) => ['therapist', 'appointments', coupleId] as const;
const base = (coupleId: string) => `/therapist/couples/${encodeURIComponent(coupleId)}`;

export function useTherapistAppointments(coupleId: string) {
  return useQuery({
    queryKey: appointmentsKey(coupleId),
    queryFn: async () =>
      (await api.get<{ appointments: TherapistAppointment[] }>(`${base(coupleId)}/sessions`))
        .appointments,
  });
}

export function useScheduleAppointment(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<TherapistAppointment, 'id'>) =>
      api.post<{ id: string }>(`${base(coupleId)}/appointments`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appointmentsKey(coupleId) }),
  });
}

export function useCancelAppointment(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (appointmentId: string) =>
      api.post<void>(`${base(coupleId)}/appointments/${encodeURIComponent(appointmentId)}/cancel`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appointmentsKey(coupleId) }),
  });
}
