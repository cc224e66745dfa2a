import { useState } from 'react';
import { useHasRole } from '@renderer/app/session-context';
import { PageHeader } from '@renderer/components/Layout';
import { Tabs } from '@renderer/components/Tabs';
import { AlertsView } from './AlertsView';
import { CatalogueView } from './CatalogueView';
import { ImportView } from './ImportView';
import { MatrixView } from './MatrixView';
import { SessionsView } from './SessionsView';
import './training.css';

const TABS = [
  { key: 'matrix', label: 'Matrix' },
  { key: 'alerts', label: 'Expiring' },
  { key: 'sessions', label: 'Sessions' },
  { key: 'catalogue', label: 'Courses and providers' },
  { key: 'import', label: 'Import records' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/** Training for the branch: the matrix, what is expiring, sessions, the catalogue and CSV import. */
export function TrainingPage() {
  const canImport = useHasRole('manager', 'trainer');
  const tabs = TABS.filter((t) => t.key !== 'import' || canImport);
  const [tab, setTab] = useState<TabKey>('matrix');
  return (
    <>
      <PageHeader title="Training" caption="Specialist and mandatory training for the branch" />
      <Tabs label="Training" tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'matrix' && <MatrixView />}
        {tab === 'alerts' && <AlertsView />}
        {tab === 'sessions' && <SessionsView />}
        {tab === 'catalogue' && <CatalogueView />}
        {tab === 'import' && <ImportView />}
      </Tabs>
    </>
  );
}
