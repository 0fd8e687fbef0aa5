import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { meKey } from '../features/accounts/api';
import { isApiError } from './api/problem';

/**
 * One client for the whole app. When any request reports that the session has ended, we
 * mark the person as signed out, which sends protected pages to the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error, 'UNAUTHENTICATED')) queryClient.setQueryData(meKey, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer will not change by asking again; only retry network and server trouble.
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      // A write made without a connection must fail at once, so the form can keep it on the
      // device for the outbox (offline/outbox.ts). TanStack's default pauses it instead while
      // the browser says it is offline: the button spins, and closing the tab loses it.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  return queryClient;
}
