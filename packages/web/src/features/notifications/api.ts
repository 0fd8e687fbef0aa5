import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';

/** One in-app notification as the server sends it: facts only; the words are ours. */
export interface Notification {
  id: string;
  /** e.g. "agreement.proposed"; see words.ts. */
  kind: string;
  subject: { type: string; id: string } | null;
  /** Who caused it, by name; null for Amend itself or someone who deleted their account. */
  actorName: string | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationList {
  unread: number;
  notifications: Notification[];
}

export const notificationsKey = ['notifications'] as const;

/** How often the header's count asks again while the app is open. */
const POLL_MS = 60_000;

export function useNotifications(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => api.get<NotificationList>('/notifications'),
    refetchInterval: POLL_MS,
    enabled: options.enabled ?? true,
  });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: { ids: string[] } | { all: true }) =>
      api.post<void>('/notifications/read', which),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
