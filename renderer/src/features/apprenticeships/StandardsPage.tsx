import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { qualificationTitle } from '@shared/domain/pathway/qualifications';
import type { ApprenticeshipStandard } from '@shared/domain/apprenticeships/apprenticeships';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { orNull, toNumber, useForm } from '@renderer/components/use-form';
import { QUALIFICATION_OPTIONS } from '../pathway/options';
import '../pathway/pathway.css';

/** Apprenticeship standards and their minimum off-the-job hours (data a manager keeps current). */
export function StandardsPage() {
  const api = useApi();
  const isManager = useHasRole('manager');
  const query = useQuery(procedureQuery(api, 'apprenticeships.standards', {}));
  const [editing, setEditing] = useState<ApprenticeshipStandard | 'new' | null>(null);
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
      <QueryState isLoading={query.isLoading} error={query.error}>
        {editing && (
          <StandardForm
            key={editing === 'new' ? 'new' : editing.code}
            existing={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
        <Panel>
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">Standard</th>
                <th scope="col">Level</th>
                <th scope="col">Qualification on completion</th>
                <th scope="col">Typical months</th>
                <th scope="col">Minimum OTJ hours</th>
                {isManager && <th scope="col">Action</th>}
              </tr>
            </thead>
            <tbody>
              {(query.data ?? []).map((s) => (
                <tr key={s.code}>
                  <td>{`${s.code} ${s.title}`}</td>
                  <td>{s.level}</td>
                  <td>{qualificationTitle(s.qualificationCode)}</td>
                  <td>{s.typicalMonths}</td>
                  <td>
                    {s.minimumOtjHours}
                    {s.minimumOtjNote && <span className="checklist__detail">{s.minimumOtjNote}</span>}
                  </td>
                  {isManager && (
                    <td>
                      <Button variant="link" onClick={() => setEditing(s)} aria-label={`Edit ${s.code}`}>
                        Edit
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      </QueryState>
    </>
  );
}

function StandardForm({ existing, onDone }: { existing: ApprenticeshipStandard | null; onDone: () => void }) {
  const save = useProcedureMutation('apprenticeships.saveStandard', ['apprenticeships']);
  const FORM = 'standard';
  const form = useForm({
    code: existing?.code ?? '',
    title: existing?.title ?? '',
    level: existing ? String(existing.level) : '',
    qualificationCode: existing ? String(existing.qualificationCode) : '311',
    typicalMonths: existing ? String(existing.typicalMonths) : '',
    minimumOtjHours: existing ? String(existing.minimumOtjHours) : '',
    minimumOtjNote: existing?.minimumOtjNote ?? '',
  });
  const num = (text: string | boolean) => (String(text).trim() === '' ? Number.NaN : Number(text));
  return (
    <Panel title={existing ? `Edit ${existing.code}` : 'Add a standard'}>
      <GovForm
        formId={FORM}
        errors={form.errors}
        pending={form.pending}
        submitLabel="Save standard"
        onCancel={onDone}
        onSubmit={() =>
          void form.submit(async () => {
            const v = form.values;
            await save.mutateAsync({
              code: String(v.code),
              title: String(v.title),
              level: num(v.level),
              qualificationCode: toNumber(v.qualificationCode),
              typicalMonths: num(v.typicalMonths),
              minimumOtjHours: num(v.minimumOtjHours),
              minimumOtjNote: orNull(v.minimumOtjNote),
            });
            onDone();
          })
        }
      >
        <TextField
          formId={FORM}
          errors={form.errors}
          label="Reference"
          hint="e.g. ST0005"
          className="input--narrow"
          readOnly={existing !== null}
          {...form.bind('code')}
        />
        <TextField formId={FORM} errors={form.errors} label="Title" {...form.bind('title')} />
        <TextField
          formId={FORM}
          errors={form.errors}
          label="Level"
          inputMode="numeric"
          className="input--narrow"
          {...form.bind('level')}
        />
        <SelectField
          formId={FORM}
          errors={form.errors}
          label="Qualification on completion"
          options={QUALIFICATION_OPTIONS}
          {...form.bind('qualificationCode')}
        />
        <TextField
          formId={FORM}
          errors={form.errors}
          label="Typical duration in months"
          inputMode="numeric"
          className="input--narrow"
          {...form.bind('typicalMonths')}
        />
        <TextField
          formId={FORM}
          errors={form.errors}
          label="Minimum off-the-job hours"
          hint="As published for the standard"
          inputMode="decimal"
          className="input--narrow"
          {...form.bind('minimumOtjHours')}
        />
        <TextField
          formId={FORM}
          errors={form.errors}
          label="Note on the minimum (optional)"
          hint="e.g. where it was published"
          {...form.bind('minimumOtjNote')}
        />
      </GovForm>
    </Panel>
  );
}
