import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { questionnairesKey } from '../questionnaires/api';
import type { CatalogueEntry, ImportInput } from './types';

// Not under ['me']: everything but ['me'] is dropped when the person signed in changes.
export const capabilitiesKey = ['capabilities'] as const;
export const catalogueKey = ['instruments'] as const;

/** What the signed-in person may do beyond their own space (only administrators see more). */
export function useCapabilities() {
  return useQuery({
    queryKey: capabilitiesKey,
    queryFn: () => api.get<{ manageInstruments: boolean }>('/me/capabilities'),
    staleTime: 5 * 60_000,
  });
}

export function useCatalogue() {
  return useQuery({
    queryKey: catalogueKey,
    queryFn: async () =>
      (await api.get<{ instruments: CatalogueEntry[] }>('/instruments')).instruments,
  });
}

function useCatalogueChange<Input, Output>(send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogueKey }),
        queryClient.invalidateQueries({ queryKey: questionnairesKey }),
      ]),
  });
}

export function useImportInstrument() {
  return useCatalogueChange((input: ImportInput) =>
    api.post<{ instrument: CatalogueEntry }>('/instruments', input),
  );
}

export function useRetireInstrument() {
  return useCatalogueChange((id: string) =>
    api.post<void>(`/instruments/${encodeURIComponent(id)}/retire`),
  );
}
