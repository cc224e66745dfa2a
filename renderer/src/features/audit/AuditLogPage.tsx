import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditEntry, AuditVerification } from '@shared/domain/audit/audit';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { TextField } from '@renderer/components/Field';
import { FilterBar, FilterSelect } from '@renderer/components/FilterBar';
import { AUDIT_ACTION_LABELS, auditActionLabel, auditEntityLabel } from '@shared/contract/audit-labels';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryError, Tag } from '@renderer/components/Layout';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';
import { describeVerification } from './verification-words';
import { formatInstant } from '@shared/domain/time/format';

const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

const COLUMNS: Column<AuditEntry>[] = [
  { key: 'seq', header: '#', width: '4.5em', render: (e) => e.seq },
  { key: 'at', header: 'When', width: '12em', render: (e) => formatInstant(e.at) },
  { key: 'actor', header: 'Who', width: '10%', render: (e) => e.actor },
  {
    key: 'action',
    header: 'What',
    width: '23%',
    render: (e) => auditActionLabel(e.action),
  },
  {
    key: 'record',
    header: 'Record',
    width: '14%',
    render: (e) => (e.entity ? `${auditEntityLabel(e.entity)} ${e.entityId?.slice(-8) ?? ''}` : ''),
  },
  {
    key: 'outcome',
    header: 'Outcome',
    width: '8em',
    render: (e) => (
      <Tag tone={e.outcome === 'success' ? 'green' : e.outcome === 'denied' ? 'red' : 'amber'}>{e.outcome}</Tag>
    ),
  },
  { key: 'detail', header: 'Detail', render: (e) => e.detail ?? '' },
];

/** Check the log against a head kept outside the branch (printed on a backup, or on a council receipt). */
function HeadCheckForm({ onResult }: { onResult: (result: AuditVerification) => void }) {
  const form = useProcedureForm('audit.verify', {
    id: 'audit-head',
    initial: { seq: '', hash: '' },
    errorPrefix: ['head'],
    toInput: (v) => ({ head: { seq: toNumber(v.seq), hash: v.hash.trim().toLowerCase() } }),
    onSuccess: onResult,
  });
  return (
    <GovForm form={form} submitLabel="Check against this entry">
      <p>
        Each backup and each summary sent to the council records the log&rsquo;s last entry. Enter one here to check
        that the log still holds it unchanged.
      </p>
      <TextField label="Entry number" inputMode="numeric" className="input--narrow" {...form.field('seq')} />
      <TextField label="Code" {...form.field('hash')} />
    </GovForm>
  );
}

/** The append-only audit log, newest first, with a check of its sealed chain in plain words. */
export function AuditLogPage() {
  const api = useApi();
  const [action, setAction] = useState('');
  const entries = useQuery(procedureQuery(api, 'audit.list', { action, limit: 1000 }));
  // The backend matches part of an action's name; the choice here is one action exactly.
  const rows = (entries.data ?? []).filter((e) => action === '' || e.action === action);
  const verification = useQuery({ ...procedureQuery(api, 'audit.verify', {}), enabled: false });
  const withCouncil = useQuery({ ...procedureQuery(api, 'audit.verify', { council: true }), enabled: false });
  const [shown, setShown] = useState<'local' | 'council'>('local');
  const [headResult, setHeadResult] = useState<AuditVerification | null>(null);
  const result = headResult ?? (shown === 'council' ? withCouncil.data : verification.data) ?? null;
  const words = result ? describeVerification(result) : null;
  return (
    <>
      <PageHeader
        title="Audit log"
        caption="Every sign-in and change, sealed so that editing, removing or reordering entries shows"
        actions={
          <div className="button-row">
            <Button
              variant="secondary"
              onClick={() => {
                setHeadResult(null);
                setShown('local');
                void verification.refetch();
              }}
            >
              Check the log
            </Button>
            <Button
              variant="secondary"
              disabled={withCouncil.isFetching}
              onClick={() => {
                setHeadResult(null);
                setShown('council');
                void withCouncil.refetch();
              }}
            >
              Check against the council’s copy
            </Button>
          </div>
        }
      />
      <QueryError error={verification.error} what="the check of the log" />
      <QueryError error={withCouncil.error} what="the check against the council’s copy" />
      {words && (
        <Banner tone={words.tone} title={words.title}>
          {words.body.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Banner>
      )}
      <Panel title="Check against a backup or council receipt">
        <HeadCheckForm onResult={setHeadResult} />
      </Panel>
      <FilterBar label="Filter the audit log">
        <FilterSelect
          id="audit-action"
          label="What was done"
          allLabel="Everything"
          options={ACTION_OPTIONS}
          value={action}
          onChange={setAction}
        />
      </FilterBar>
      <QueryError error={entries.error} what="the audit log" />
      <DataTable
        label="Audit entries"
        columns={COLUMNS}
        rows={rows}
        rowKey={(e) => String(e.seq)}
        empty={entries.isLoading ? 'Loading…' : 'No entries match.'}
      />
    </>
  );
}
