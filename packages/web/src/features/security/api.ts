import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { meKey, type User } from '../accounts/api';
import { createPasskey } from './passkeys';

export interface Passkey {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface SecurityOverview {
  totp: { enabled: boolean; enabledAt: string | null };
  recoveryCodesLeft: number;
  passkeys: Passkey[];
  passkeysAvailable: boolean;
}

export type SignInMethod = 'password' | 'totp' | 'recovery_code' | 'passkey' | 'sign_up';

export interface SessionEntry {
  id: string;
  current: boolean;
  device: string;
  network: string | null;
  signedInWith: SignInMethod | null;
  createdAt: string;
  lastSeenAt: string;
}

export interface PasskeyChallenge<Options> {
  challengeId: string;
  options: Options;
}
export type RegistrationChallenge = PasskeyChallenge<PublicKeyCredentialCreationOptionsJSON>;
export type AssertionChallenge = PasskeyChallenge<PublicKeyCredentialRequestOptionsJSON>;

export const securityKey = ['security'] as const;
export const sessionsKey = ['security', 'sessions'] as const;

export function useSecurity() {
  return useQuery({
    queryKey: securityKey,
    queryFn: () => api.get<SecurityOverview>('/me/security'),
  });
}

export function useSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: async () => (await api.get<{ sessions: SessionEntry[] }>('/sessions')).sessions,
  });
}

/** After any change, the overview is fetched again (it is small). */
function useSecurityMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: securityKey }),
  });
}

export interface TotpSetup {
  secret: string;
  uri: string;
  qrCode: string;
}

export function useStartTotpSetup() {
  return useMutation({
    mutationFn: (password: string) => api.post<TotpSetup>('/me/totp/setup', { password }),
  });
}

export function useConfirmTotp() {
  return useSecurityMutation((code: string) =>
    api.post<{ recoveryCodes: string[] }>('/me/totp/confirm', { code }),
  );
}

export function useDisableTotp() {
  return useSecurityMutation((password: string) =>
    api.post<void>('/me/totp/disable', { password }),
  );
}

export function useRenewRecoveryCodes() {
  return useSecurityMutation((password: string) =>
    api.post<{ recoveryCodes: string[] }>('/me/recovery-codes', { password }),
  );
}

/** Password first, then the browser creates the passkey, then the server stores it. */
export function useAddPasskey() {
  return useSecurityMutation(async (input: { password: string; name: string }) => {
    const challenge = await api.post<RegistrationChallenge>('/me/passkeys/options', {
      password: input.password,
    });
    const credential = await createPasskey(challenge.options);
    return api.post<{ passkey: Passkey; recoveryCodes: string[] }>('/me/passkeys', {
      challengeId: challenge.challengeId,
      name: input.name,
      credential,
    });
  });
}

export function useRemovePasskey() {
  return useSecurityMutation((input: { id: string; password: string }) =>
    api.post<void>(`/me/passkeys/${encodeURIComponent(input.id)}/remove`, {
      password: input.password,
    }),
  );
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/sessions/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ ended: number }>('/sessions/others'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useChangeEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api.post<{ user: User }>('/me/email', input),
    onSuccess: ({ user }) => queryClient.setQueryData(meKey, user),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/me/password', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}
