import {
  type InfiniteData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { NewKeyringRequest, RewrapRequest, SealedEntry, StoredKeyring } from './crypto';

/** What the server holds: wrapped keys and ciphertext only; never anything readable. */
export interface JournalKeyring extends StoredKeyring {
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface StoredEntry extends SealedEntry {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface EntriesPage {
  readonly entries: StoredEntry[];
  readonly nextCursor: string | null;
}

export const journalKeyringKey = ['journal', 'keyring'] as const;
export const journalEntriesKey = ['journal', 'entries'] as const;

/**
 * Fetched on each visit to the journal (another device may have changed the passphrase), but not
 * on every return to the tab: each fetch is an unlock attempt in the person's access log.
 */
export function useJournalKeyring() {
  return useQuery({
    queryKey: journalKeyringKey,
    refetchOnWindowFocus: false,
    queryFn: async () =>
      (await api.get<{ keyring: JournalKeyring | null }>('/journal/keyring')).keyring,
  });
}

function useKeyringMutation<Input>(send: (input: Input) => Promise<{ keyring: JournalKeyring }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: ({ keyring }) => queryClient.setQueryData(journalKeyringKey, keyring),
  });
}

export function useSetUpJournal() {
  return useKeyringMutation((request: NewKeyringRequest) =>
    api.put<{ keyring: JournalKeyring }>('/journal/keyring', request),
  );
}

export function useRewrapJournal() {
  return useKeyringMutation((request: RewrapRequest) =>
    api.post<{ keyring: JournalKeyring }>('/journal/keyring/passphrase', request),
  );
}

export function useDeleteJournal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/journal'),
    onSuccess: () => {
      queryClient.setQueryData(journalKeyringKey, null);
      queryClient.removeQueries({ queryKey: journalEntriesKey });
    },
  });
}

/** Entries newest first, a page at a time; only asked for once the journal is unlocked. */
export function useJournalEntries(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: journalEntriesKey,
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get<EntriesPage>(
        pageParam ? `/journal/entries?before=${encodeURIComponent(pageParam)}` : '/journal/entries',
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}

type EntryPages = InfiniteData<EntriesPage, string | null>;

function useEntryMutation<Input>(
  send: (input: Input) => Promise<unknown>,
  update: (pages: EntryPages, input: Input, result: unknown) => EntryPages,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (result, input) => {
      queryClient.setQueryData<EntryPages>(journalEntriesKey, (pages) =>
        pages ? update(pages, input, result) : pages,
      );
    },
  });
}

export function useCreateEntry() {
  return useEntryMutation(
    (input: SealedEntry & { idempotencyKey: string }) =>
      api.post<{ entry: StoredEntry }>('/journal/entries', input),
    (pages, _input, result) => {
      const { entry } = result as { entry: StoredEntry };
      const [first, ...rest] = pages.pages;
      if (!first || first.entries.some((existing) => existing.id === entry.id)) return pages;
      return { ...pages, pages: [{ ...first, entries: [entry, ...first.entries] }, ...rest] };
    },
  );
}

export function useChangeEntry() {
  return useEntryMutation(
    ({ id, ...sealed }: SealedEntry & { id: string }) =>
      api.put<{ entry: StoredEntry }>(`/journal/entries/${encodeURIComponent(id)}`, sealed),
    (pages, _input, result) => {
      const { entry } = result as { entry: StoredEntry };
      return {
        ...pages,
        pages: pages.pages.map((page) => ({
          ...page,
          entries: page.entries.map((existing) => (existing.id === entry.id ? entry : existing)),
        })),
      };
    },
  );
}

export function useDeleteEntry() {
  return useEntryMutation(
    (id: string) => api.delete(`/journal/entries/${encodeURIComponent(id)}`),
    (pages, id) => ({
      ...pages,
      pages: pages.pages.map((page) => ({
        ...page,
        entries: page.entries.filter((existing) => existing.id !== id),
      })),
    }),
  );
}
