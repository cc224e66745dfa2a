import type { QueryClient } from '@tanstack/react-query';
import type { AppEvent } from '@shared/contract/events';
import { domainOf, refreshDomains } from './refresh-domains';

/** Push events name a domain (`staff.changed`); refetch that domain's queries so every screen stays current. */
export function invalidateForEvent(queryClient: QueryClient, event: AppEvent): void {
  const domain = domainOf(event.kind);
  if (domain === '' || domain === 'session') return;
  // Progress events report work under way, not changed data: refetching on each would reload a whole rota many times.
  if (event.kind.endsWith('.progress')) return;
  void refreshDomains(queryClient, [domain]);
}
