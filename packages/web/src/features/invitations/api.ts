import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { isApiError } from '../../app/api/problem';
import { forgetSpaceData, spaceKey } from '../space/api';
import type { RelationshipType, Role, Space } from '../space/types';

/** A new invitation: the only time the server reveals its link and code. */
export interface CreatedInvitation {
  id: string;
  code: string;
  link: string;
  expiresAt: string;
}

/** What someone invited sees before deciding. */
export interface InvitationPreview {
  inviterName: string;
  relationshipType: RelationshipType;
  expiresAt: string;
}

/** An invitation is identified by the token in its link or by its short code. */
export type InvitationRef = { token: string } | { code: string };

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    // A new invitation replaces the pending one, so the old link and code stop working.
    // Revoking it first makes that true whatever the server does with a second invitation.
    mutationFn: async (replacing: string | null) => {
      if (replacing !== null) await revokeIgnoringGone(replacing);
      return (await api.post<{ invitation: CreatedInvitation }>('/space/invitations')).invitation;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: spaceKey }),
  });
}

async function revokeIgnoringGone(id: string): Promise<void> {
  try {
    await api.delete(`/space/invitations/${encodeURIComponent(id)}`);
  } catch (error) {
    // Already expired or revoked elsewhere: it is gone either way.
    if (!(isApiError(error) && (error.status === 404 || error.status === 410))) throw error;
  }
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeIgnoringGone,
    onSettled: () => queryClient.invalidateQueries({ queryKey: spaceKey }),
  });
}

/** Asking for a preview changes nothing on the server, so it is cached like a query. */
export function useInvitationPreview(ref: InvitationRef | null) {
  return useQuery({
    queryKey: ['invitationPreview', ref],
    queryFn: async () =>
      (await api.post<{ invitation: InvitationPreview }>('/invitations/preview', ref)).invitation,
    enabled: ref !== null,
    staleTime: 60_000,
    retry: false,
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { ref: InvitationRef; role: Role }) =>
      api.post<{ space: Space }>('/invitations/accept', { ...input.ref, role: input.role }),
    onSuccess: ({ space }) => {
      forgetSpaceData(queryClient);
      queryClient.setQueryData(spaceKey, space);
      queryClient.removeQueries({ queryKey: ['invitationPreview'] });
    },
  });
}

export function useDeclineInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ref: InvitationRef) => api.post<void>('/invitations/decline', ref),
    onSuccess: () => queryClient.removeQueries({ queryKey: ['invitationPreview'] }),
  });
}
