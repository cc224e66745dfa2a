import type { QueryClient } from '@tanstack/react-query';

/** The domain of a procedure name: the part before the dot (`staff` for `staff.list`). */
export function domainOf(name: string): string {
  return name.slice(0, name.indexOf('.'));
}

/**
 * Refetch every query of the named domains (`staff` → each `staff.*` query on screen; the rest refetch when next
 * shown). Queries are keyed by procedure name first, so the domain is read from the key.
 */
export async function refreshDomains(queryClient: QueryClient, domains: readonly string[]): Promise<void> {
  if (domains.length === 0) return;
  const wanted = new Set(domains);
  await queryClient.invalidateQueries({ predicate: (query) => wanted.has(domainOf(String(query.queryKey[0]))) });
}
