import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { qualificationTitle } from '@shared/domain/pathway/qualifications';
import type { ApprenticeshipStandard } from '@shared/domain/apprenticeships/apprenticeships';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { orNull, toNumber, useProcedureForm } from '@renderer/components/use-form';
import { QUALIFICATION_OPTIONS } from '../pathway/options';
import '../pathway/pathway.css';

/** Apprenticeship standards and their minimum off-the-job hours (data a manager keeps current). */
export function StandardsPage() {
  const api = useApi();
  const isManager = useHasRole('manager');
  const query = useQuery(procedureQuery(api, 'apprenticeships.standards', {}));
  const [editing, setEditing] = useState<ApprenticeshipStandard | 'new' | null>(null);
  const columns: Column<ApprenticeshipStandard>[] = [
    { key: 'standard', header: 'Standard', render: (s) => `${s.code} ${s.title}`, sortValue: (s) => s.code },
    { key: 'level', header: 'Level', width: '5em', render: (s) => s.level, sortValue: (s) => s.level },
    {
      key: 'qualification',
      header: 'Qualification on completion',
      render: (s) => qualificationTitle(s.qualificationCode),
    },
    { key: 'months', header: 'Typical months', width: '8em', render: (s) => s.typicalMonths },
    {
      key: 'otj',
      header: 'Minimum OTJ hours',
      render: (s) => (
        <>
          {s.minimumOtjHours}
          {s.minimumOtjNote && <span className="checklist__detail">{s.minimumOtjNote}</span>}
        </>
      ),
      sortValue: (s) => s.minimumOtjHours,
    },
  ];
  if (isManager)
    columns.push({
      key: 'action',
      header: 'Action',
      width: '6em',
      render: (s) => (
        <Button variant="link" onClick={() => setEditing(s)} aria-label={`Edit ${s.code}`}>
          Edit
        </Button>
      ),
    });
  return (
    <>
      <PageHeader
        title="Apprenticeship standards"
        caption="Apprenticeships"
        actions={isManager && <Button onClick={() => setEditing('new')}>Add a standard</Button>}
      />
      <p>
        For starts from 1 August 2025 the off-the-job requirement is the standard&apos;s published minimum number of
        hours, kept here.
      </p>
      <QueryState isLoading={query.isLoading} error={query.error} what="the standards">
        {editing && (
          <StandardForm
            key={editing === 'new' ? 'new' : editing.code}
            existing={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
        <DataTable
          label="Apprenticeship standards"
          columns={columns}
          rows={query.data ?? []}
          rowKey={(s) => s.code}
          initialSort={{ key: 'standard', direction: 'asc' }}
        />
      </QueryState>
    </>
  );
}

function StandardForm({ existing, onDone }: { existing: ApprenticeshipStandard | null; onDone: () => void }) {
  const form = useProcedureForm('apprenticeships.saveStandard', {
    id: 'standard',
    initial: {
      code: existing?.code ?? '',
      title: existing?.title ?? '',
      level: existing ? String(existing.level) : '',
      qualificationCode: existing ? String(existing.qualificationCode) : '311',
      typicalMonths: existing ? String(existing.typicalMonths) : '',
      minimumOtjHours: existing ? String(existing.minimumOtjHours) : '',
      minimumOtjNote: existing?.minimumOtjNote ?? '',
    },
    toInput: (v) => ({
      code: v.code,
      title: v.title,
      level: toNumber(v.level),
      qualificationCode: toNumber(v.qualificationCode),
      typicalMonths: toNumber(v.typicalMonths),
      minimumOtjHours: toNumber(v.minimumOtjHours),
      minimumOtjNote: orNull(v.minimumOtjNote),
    }),
    onSuccess: onDone,
  });
  return (
    <Panel title={existing ? `Edit ${existing.code}` : 'Add a standard'}>
      <GovForm form={form} submitLabel="Save standard" onCancel={onDone}>
        <TextField
          label="Reference"
          hint="e.g. ST0005"
          className="input--narrow"
          readOnly={existing !== null}
          {...form.field('code')}
        />
        <TextField label="Title" {...form.field('title')} />
        <TextField label="Level" inputMode="numeric" className="input--narrow" {...form.field('level')} />
        <SelectField
          label="Qualification on completion"
          options={QUALIFICATION_OPTIONS}
          {...form.field('qualificationCode')}
        />
        <TextField
          label="Typical duration in months"
          inputMode="numeric"
          className="input--narrow"
          {...form.field('typicalMonths')}
        />
        <TextField
          label="Minimum off-the-job hours"
          hint="As published for the standard"
          inputMode="decimal"
          className="input--narrow"
          {...form.field('minimumOtjHours')}
        />
        <TextField
          label="Note on the minimum (optional)"
          hint="e.g. where it was published"
          {...form.field('minimumOtjNote')}
        />
      </GovForm>
    </Panel>
  );
}
