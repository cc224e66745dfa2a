import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { PageHeader, QueryState } from '@renderer/components/Layout';
import { Tabs } from '@renderer/components/Tabs';
import { BookingsTab } from './setup/BookingsTab';
import { FloorsTab } from './setup/FloorsTab';
import { HoursTab } from './setup/HoursTab';
import { OrganisationsTab } from './setup/OrganisationsTab';
import { SettingsTab } from './setup/SettingsTab';
import { SpacesTab } from './setup/SpacesTab';
import { VisitorsTab } from './setup/VisitorsTab';
import './hub.css';

const TABS = [
  { key: 'spaces', label: 'Spaces' },
  { key: 'floors', label: 'Floors and plans' },
  { key: 'hours', label: 'Opening hours' },
  { key: 'organisations', label: 'Organisations' },
  { key: 'visitors', label: 'Visitor accounts' },
  { key: 'settings', label: 'House rules' },
  { key: 'bookings', label: 'Bookings' },
] as const;

type TabKey = (typeof TABS)[number]['key'];

/** The manager's set-up of the hub, one tab for each part. */
export function HubSetupPage() {
  const api = useApi();
  const [tab, setTab] = useState<TabKey>('spaces');
  const setup = useQuery(procedureQuery(api, 'hub.setup', {}));
  const organisations = useQuery(procedureQuery(api, 'hub.organisations', {}));
  const visitors = useQuery({ ...procedureQuery(api, 'hub.visitors', {}), enabled: tab === 'visitors' });
  const s = setup.data;
  return (
    <>
      <PageHeader title="Set up the hub" caption="The hub" />
      <QueryState
        isLoading={setup.isLoading || organisations.isLoading}
        error={setup.error ?? organisations.error}
        what="the hub"
      >
        {s && (
          <Tabs label="Hub set-up" tabs={TABS} selected={tab} onSelect={setTab}>
            {tab === 'spaces' && <SpacesTab floors={s.floors} spaces={s.spaces} />}
            {tab === 'floors' && <FloorsTab floors={s.floors} spaces={s.spaces} />}
            {tab === 'hours' && <HoursTab hours={s.openingHours} closedDays={s.closedDays} />}
            {tab === 'organisations' && <OrganisationsTab organisations={organisations.data ?? []} />}
            {tab === 'visitors' && (
              <QueryState isLoading={visitors.isLoading} error={visitors.error} what="the visitor accounts">
                <VisitorsTab visitors={visitors.data ?? []} organisations={organisations.data ?? []} />
              </QueryState>
            )}
            {tab === 'settings' && <SettingsTab settings={s.settings} />}
            {tab === 'bookings' && <BookingsTab />}
          </Tabs>
        )}
      </QueryState>
    </>
  );
}
