import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import type { AuditEntry, AuditVerification } from '@shared/domain/audit/audit';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, Tag } from '@renderer/components/Layout';
import { useForm } from '@renderer/components/use-form';
import { describeVerification } from './verification-words';

const COLUMNS: Column<AuditEntry>[] = [
  { key: 'seq', header: '#', width: '70px', render: (e) => e.seq },
  { key: 'at', header: 'When (UTC)', width: '170px', render: (e) => e.at.slice(0, 19).replace('T', ' ') },
  { key: 'actor', header: 'Who', width: 'minmax(110px, 1fr)', render: (e) => e.actor },
  {
    key: 'action',
    header: 'What',
    width: 'minmax(160px, 1.4fr)',
    render: (e) => <span className="mono">{e.action}</span>,
  },
  {
    key: 'record',
    header: 'Record',
    width: 'minmax(120px, 1fr)',
    render: (e) => (e.entity ? `${e.entity} ${e.entityId?.slice(-8) ?? ''}` : ''),
  },
  {
    key: 'outcome',
    header: 'Outcome',
    width: '100px',
    render: (e) => (
      <Tag tone={e.outcome === 'success' ? 'green' : e.outcome === 'denied' ? 'red' : 'amber'}>{e.outcome}</Tag>
    ),
  },
  { key: 'detail', header: 'Detail', width: 'minmax(140px, 1.5fr)', render: (e) => e.detail ?? '' },
];

/** Check the log against a head kept outside the branch (printed on a backup, or on a council receipt). */
function HeadCheckForm({ onResult }: { onResult: (result: AuditVerification) => void }) {
  const api = useApi();
  const form = useForm({ seq: '', hash: '' }, { errorPrefix: ['head'] });
  const formId = 'audit-head';
  return (
    <GovForm
      formId={formId}
      errors={form.errors}
      pending={form.pending}
      submitLabel="Check against this entry"
      onSubmit={() =>
        void form.submit(async () => {
          const seq = Number(form.values.seq);
          onResult(
            await api.call('audit.verify', {
              head: { seq: Number.isInteger(seq) ? seq : -1, hash: form.values.hash.trim().toLowerCase() },
            }),
          );
        })
      }
    >
      <p>
        Each backup and each summary sent to the council records the log&rsquo;s last entry. Enter one here to check
        that the log still holds it unchanged.
      </p>
      <TextField
        formId={formId}
        errors={form.errors}
        label="Entry number"
        inputMode="numeric"
        className="input--narrow"
        {...form.bind('seq')}
      />
      <TextField formId={formId} errors={form.errors} label="Code" {...form.bind('hash')} />
    </GovForm>
  );
}

/** The append-only audit log, newest first, with a check of its sealed chain in plain words. */
export function AuditLogPage() {
  const api = useApi();
  const [action, setAction] = useState('');
  const deferred = useDeferredValue(action);
  const entries = useQuery(procedureQuery(api, 'audit.list', { action: deferred, limit: 1000 }));
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const check = async () => {
    setChecking(true);
    setCheckError(null);
    try {
      setResult(await api.call('audit.verify', {}));
    } catch (error) {
      setCheckError(error instanceof Error ? error.message : 'The check could not run.');
    } finally {
      setChecking(false);
    }
  };
  const words = result ? describeVerification(result) : null;
  return (
    <>
      <PageHeader
        title="Audit log"
        caption="Every sign-in and change, sealed so that editing, removing or reordering entries shows"
        actions={
          <Button variant="secondary" disabled={checking} onClick={() => void check()}>
            Check the log
          </Button>
        }
      />
      {checkError && <Banner tone="error">{checkError}</Banner>}
      {words && (
        <Banner tone={words.tone} title={words.title}>
          {words.body.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Banner>
      )}
      <Panel title="Check against a backup or council receipt">
        <HeadCheckForm onResult={setResult} />
      </Panel>
      <div className="filter-bar" role="search" aria-label="Filter the audit log">
        <div className="field">
          <label className="field__label" htmlFor="audit-action">
            Action contains
          </label>
          <input id="audit-action" className="input" value={action} onChange={(e) => setAction(e.target.value)} />
        </div>
      </div>
      <DataTable label="Audit entries" columns={COLUMNS} rows={entries.data ?? []} rowKey={(e) => String(e.seq)} />
    </>
  );
}
