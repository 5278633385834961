// The app's one QueryClient. The data is fixed at build time, so it never goes
// stale; the dev server invalidates it explicitly when the seeds change.
import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

export function createQueryClient(queries: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: 2, refetchOnWindowFocus: false, ...queries } },
  });
}

export const queryClient = createQueryClient();
