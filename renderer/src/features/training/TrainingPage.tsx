import { useState, type KeyboardEvent } from 'react';
import { useHasRole } from '@renderer/app/session-context';
import { PageHeader } from '@renderer/components/Layout';
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
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next) {
      setTab(next.key);
      document.getElementById(`training-tab-${next.key}`)?.focus();
    }
  };
  return (
    <>
      <PageHeader title="Training" caption="Specialist and mandatory training for the branch" />
      <div className="tabs" role="tablist" aria-label="Training">
        {tabs.map((t, i) => (
          <button
            key={t.key}
            id={`training-tab-${t.key}`}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={tab === t.key}
            aria-controls={`training-panel-${t.key}`}
            tabIndex={tab === t.key ? 0 : -1}
            onClick={() => setTab(t.key)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`training-panel-${tab}`} aria-labelledby={`training-tab-${tab}`}>
        {tab === 'matrix' && <MatrixView />}
        {tab === 'alerts' && <AlertsView />}
        {tab === 'sessions' && <SessionsView />}
        {tab === 'catalogue' && <CatalogueView />}
        {tab === 'import' && <ImportView />}
      </div>
    </>
  );
}
