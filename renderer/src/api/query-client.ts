import { QueryClient } from '@tanstack/react-query';

/**
 * The renderer's one query cache. The backend is local (IPC or loopback HTTP), so calls run whatever the operating
 * system says about the network: TanStack Query's default would pause every query and mutation when the Wi-Fi drops,
 * and lists would show as empty.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
