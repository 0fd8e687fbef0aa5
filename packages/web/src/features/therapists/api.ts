import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { replaceSession, type User } from '../accounts/api';
import type {
  CaseloadCouple,
  ConsentCategory,
  CoupleView,
  PracticeOutcomes,
  TherapistSession,
  YourTherapist,
} from './types';

export const caseloadKey = ['therapist', 'caseload'] as const;
const coupleKey = (coupleId: string) => ['therapist', 'couple', coupleId] as const;
const sessionsKey = (coupleId: string) => ['therapist', 'sessions', coupleId] as const;
export const yourTherapistsKey = ['space', 'therapists'] as const;

export interface TherapistSignUpInput {
  email: string;
  password: string;
  displayName: string;
  timeZone: string;
  profession: string;
  licenceNumber: string;
  practiceName: string;
}

export function useTherapistSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TherapistSignUpInput) =>
      api.post<{ user: User }>('/therapist-accounts', input),
    onSuccess: ({ user }) => replaceSession(queryClient, user),
  });
}

export function useCaseload() {
  return useQuery({
    queryKey: caseloadKey,
    queryFn: async () =>
      (await api.get<{ couples: CaseloadCouple[] }>('/therapist/caseload')).couples,
  });
}

export function usePracticeOutcomes() {
  return useQuery({
    queryKey: ['therapist', 'outcomes'],
    queryFn: () => api.get<PracticeOutcomes>('/therapist/outcomes'),
  });
}

export function useAddCouple() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<{ coupleId: string }>('/therapist/couples', { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseloadKey }),
  });
}

export function useCoupleView(coupleId: string) {
  return useQuery({
    queryKey: coupleKey(coupleId),
    queryFn: () => api.get<CoupleView>(`/therapist/couples/${encodeURIComponent(coupleId)}`),
  });
}

export function useTherapistSessions(coupleId: string) {
  return useQuery({
    queryKey: sessionsKey(coupleId),
    queryFn: async () =>
      (
        await api.get<{ sessions: TherapistSession[] }>(
          `/therapist/couples/${encodeURIComponent(coupleId)}/sessions`,
        )
      ).sessions,
  });
}

function useRefreshCouple(coupleId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: coupleKey(coupleId) }),
      queryClient.invalidateQueries({ queryKey: sessionsKey(coupleId) }),
      queryClient.invalidateQueries({ queryKey: caseloadKey }),
    ]);
}

export interface RecordSessionInput {
  heldOn: string;
  kind: 'couple' | 'individual';
  attendees: string[];
  note?: string;
}

export function useRecordSession(coupleId: string) {
  const refresh = useRefreshCouple(coupleId);
  return useMutation({
    mutationFn: (input: RecordSessionInput) =>
      api.post<{ id: string }>(
        `/therapist/couples/${encodeURIComponent(coupleId)}/sessions`,
        input,
      ),
    onSuccess: refresh,
  });
}

export function useAddSessionNote(coupleId: string, sessionId: string) {
  const refresh = useRefreshCouple(coupleId);
  return useMutation({
    mutationFn: (text: string) =>
      api.post<{ id: string }>(
        `/therapist/couples/${encodeURIComponent(coupleId)}/sessions/${encodeURIComponent(sessionId)}/notes`,
        { text },
      ),
    onSuccess: refresh,
  });
}

export type ObservationInput =
  | { kind: 'communication'; observedOn: string; conversationsPerWeek: number }
  | {
      kind: 'forgiveness';
      observedOn: string;
      level: 'low' | 'moderate' | 'high';
      aboutMemberId: string;
    };

export function useRecordObservation(coupleId: string) {
  const refresh = useRefreshCouple(coupleId);
  return useMutation({
    mutationFn: (input: ObservationInput) =>
      api.post<{ id: string }>(
        `/therapist/couples/${encodeURIComponent(coupleId)}/observations`,
        input,
      ),
    onSuccess: refresh,
  });
}

export function useYourTherapists() {
  return useQuery({
    queryKey: yourTherapistsKey,
    queryFn: async () =>
      (await api.get<{ therapists: YourTherapist[] }>('/space/therapists')).therapists,
  });
}

export function useMakeTherapistCode() {
  return useMutation({
    mutationFn: () => api.post<{ code: string; expiresAt: string }>('/space/therapist-invitations'),
  });
}

export function useSetConsent(therapistId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (categories: ConsentCategory[]) =>
      api.put<{ categories: ConsentCategory[] }>(
        `/space/therapists/${encodeURIComponent(therapistId)}/consent`,
        { categories },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: yourTherapistsKey }),
  });
}

export interface AssignmentRow {
  id: string;
  memberId: string;
  instrumentId: string;
  title: string;
  schedule: 'once' | 'weekly' | 'monthly';
  startsOn: string;
}

export function useAssignments(coupleId: string) {
  return useQuery({
    queryKey: ['therapist', 'assignments', coupleId],
    queryFn: async () =>
      (
        await api.get<{ assignments: AssignmentRow[] }>(
          `/therapist/couples/${encodeURIComponent(coupleId)}/assignments`,
        )
      ).assignments,
  });
}

export function useAssign(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      memberId: string;
      instrumentId: string;
      schedule: 'once' | 'weekly' | 'monthly';
    }) =>
      api.post<{ id: string }>(
        `/therapist/couples/${encodeURIComponent(coupleId)}/assignments`,
        input,
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['therapist', 'assignments', coupleId] }),
  });
}

export function useInstrumentsOnOffer() {
  return useQuery({
    queryKey: ['therapist', 'instruments'],
    queryFn: async () =>
      (
        await api.get<{
          instruments: { id: string; title: string; respondent: string; own: boolean }[];
        }>('/therapist/instruments')
      ).instruments,
  });
}
