import { useState } from 'react';
import { PageHeader } from '@renderer/components/Layout';
import { Tabs } from '@renderer/components/Tabs';
import { NextMonthView } from './NextMonthView';
import { NextSummaryView } from './NextSummaryView';
import { SentView } from './SentView';
import { SettingsView } from './SettingsView';
import { StatusView } from './StatusView';
import './sync.css';

const TABS = [
  { key: 'status', label: 'Status' },
  { key: 'next', label: 'Next summary' },
  { key: 'month', label: 'Monthly workforce' },
  { key: 'sent', label: 'Sent' },
  { key: 'settings', label: 'Settings' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/** The manager's council sync: what is sent, what waits or was refused, every summary sent, and where it goes. */
export function SyncPage() {
  const [tab, setTab] = useState<TabKey>('status');
  return (
    <>
      <PageHeader
        title="Council sync"
        caption="Weekly and monthly summaries for the council: figures about groups, never about a person"
      />
      <div className="sync-page">
        <Tabs label="Council sync" tabs={TABS} selected={tab} onSelect={setTab}>
          {tab === 'status' && <StatusView />}
          {tab === 'next' && <NextSummaryView />}
          {tab === 'month' && <NextMonthView />}
          {tab === 'sent' && <SentView />}
          {tab === 'settings' && <SettingsView />}
        </Tabs>
      </div>
    </>
  );
}
