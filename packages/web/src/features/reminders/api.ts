import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';

export const REMINDER_KINDS = [
  'weekly_checkin',
  'weekly_meeting',
  'questionnaire_due',
  'agreement_review',
  'therapy_session',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface Channels {
  email: boolean;
  push: boolean;
}

export interface WeeklyTime {
  weekday: number;
  minuteOfDay: number;
}

/** As the server keeps them (see core's ReminderPreferences). */
export interface ReminderPreferences {
  timeZone: string;
  quietHours: { startMinute: number; endMinute: number } | null;
  checkinTime: WeeklyTime;
  meetingTime: WeeklyTime;
  dateReminderMinute: number;
  sessionLeadMinutes: number;
  channels: Record<ReminderKind, Channels>;
  updates: Channels;
}

interface RemindersResponse {
  preferences: ReminderPreferences;
  pushDevices: number;
}

export const remindersKey = ['reminders'] as const;
const calendarLinkKey = ['calendar-link'] as const;

export function useReminders() {
  return useQuery({
    queryKey: remindersKey,
    queryFn: () => api.get<RemindersResponse>('/me/reminders'),
  });
}

export function useSaveReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (preferences: ReminderPreferences) =>
      (await api.put<{ preferences: ReminderPreferences }>('/me/reminders', { preferences }))
        .preferences,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: remindersKey }),
  });
}

export function useCalendarLink() {
  return useQuery({
    queryKey: calendarLinkKey,
    queryFn: () => api.get<{ active: boolean; createdAt: string | null }>('/me/calendar-link'),
  });
}

export function useCreateCalendarLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await api.post<{ url: string }>('/me/calendar-link')).url,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarLinkKey }),
  });
}

export function useRevokeCalendarLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>('/me/calendar-link'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarLinkKey }),
  });
}

export interface FailingDelivery {
  channel: string;
  topic: string;
  status: 'pending' | 'undeliverable';
  attempts: number;
  lastError: string | null;
  firstTriedAt: string;
  lastTriedAt: string;
}

export function useFailingDeliveries() {
  return useQuery({
    queryKey: ['admin', 'deliveries'],
    queryFn: () =>
      api.get<{ retrying: number; undeliverable: number; messages: FailingDelivery[] }>(
        '/admin/deliveries',
      ),
    retry: false,
  });
}
