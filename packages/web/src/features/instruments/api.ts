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

// A therapist's own imports, and what they can assign (the therapist portal's list).
export const ownInstrumentsKey = ['therapist', 'imported-instruments'] as const;
const assignableKey = ['therapist', 'instruments'] as const;

/** The questionnaires the signed-in therapist imported, every version, newest first. */
export function useOwnInstruments() {
  return useQuery({
    queryKey: ownInstrumentsKey,
    queryFn: async () =>
      (await api.get<{ instruments: CatalogueEntry[] }>('/therapist/imported-instruments'))
        .instruments,
  });
}

function useOwnInstrumentChange<Input, Output>(send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ownInstrumentsKey }),
        queryClient.invalidateQueries({ queryKey: assignableKey }),
        // Retiring one ends the therapist's assignments of it.
        queryClient.invalidateQueries({ queryKey: ['therapist', 'assignments'] }),
      ]),
  });
}

export function useImportOwnInstrument() {
  return useOwnInstrumentChange((input: ImportInput) =>
    api.post<{ instrument: CatalogueEntry }>('/therapist/imported-instruments', input),
  );
}

export function useRetireOwnInstrument() {
  return useOwnInstrumentChange((id: string) =>
    api.post<void>(`/therapist/imported-instruments/${encodeURIComponent(id)}/retire`),
  );
}
