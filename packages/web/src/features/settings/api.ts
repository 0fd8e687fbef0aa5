import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../app/api/client';
import { setDiscreetAppearance } from '../../app/appearance';
import { useMe } from '../accounts/api';

export interface Preferences {
  discreetMode: boolean;
}

export const preferencesKey = ['preferences'] as const;

export function usePreferences(enabled = true) {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: async () =>
      (await api.get<{ preferences: Preferences }>('/me/preferences')).preferences,
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: Preferences) =>
      (await api.put<{ preferences: Preferences }>('/me/preferences', changes)).preferences,
    onSuccess: (preferences) => {
      queryClient.setQueryData(preferencesKey, preferences);
      setDiscreetAppearance(preferences.discreetMode);
    },
  });
}

/**
 * Once someone is signed in, their own discreet-mode choice (kept on the server) decides how
 * this device looks. Signing out leaves the device as it was, so it stays neutral if it was.
 */
export function useDiscreetModeFromAccount(): void {
  const me = useMe();
  const preferences = usePreferences(Boolean(me.data));
  const discreetMode = me.data ? preferences.data?.discreetMode : undefined;
  useEffect(() => {
    if (discreetMode !== undefined) setDiscreetAppearance(discreetMode);
  }, [discreetMode]);
}
