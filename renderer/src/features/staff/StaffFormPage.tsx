import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import type { StaffRecord } from '@shared/domain/staff/staff';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { orNull, toNumber, useProcedureForm } from '@renderer/components/use-form';
import { JOB_ROLE_OPTIONS } from './staff-options';

/** Create a staff record, or edit one (`/staff/:id/edit`). */
export function StaffFormPage() {
  const { id } = useParams();
  const api = useApi();
  const existing = useQuery({ ...procedureQuery(api, 'staff.get', { id: id ?? '' }), enabled: Boolean(id) });
  if (id) {
    return (
      <QueryState isLoading={existing.isLoading} error={existing.error}>
        {existing.data && <StaffForm existing={existing.data} />}
      </QueryState>
    );
  }
  return <StaffForm existing={null} />;
}

function StaffForm({ existing }: { existing: StaffRecord | null }) {
  const navigate = useNavigate();
  const form = useProcedureForm(existing ? 'staff.update' : 'staff.create', {
    id: 'staff',
    initial: {
      reference: existing?.reference ?? '',
      givenName: existing?.givenName ?? '',
      familyName: existing?.familyName ?? '',
      preferredName: existing?.preferredName ?? '',
      jobRole: existing ? String(existing.jobRole) : '',
      email: existing?.email ?? '',
      phone: existing?.phone ?? '',
      startDate: existing?.startDate ?? '',
    },
    errorPrefix: ['staff'],
    toInput: (v) => {
      const staff = {
        reference: v.reference,
        givenName: v.givenName,
        familyName: v.familyName,
        preferredName: orNull(v.preferredName),
        jobRole: toNumber(v.jobRole),
        email: orNull(v.email),
        phone: orNull(v.phone),
        startDate: v.startDate,
      };
      return existing ? { id: existing.id, staff } : staff;
    },
    onSuccess: (saved) => navigate(`/staff/${saved.id}`),
  });

  return (
    <>
      <PageHeader
        title={existing ? `Edit ${existing.givenName} ${existing.familyName}` : 'Add a staff record'}
        caption="Staff"
      />
      <Panel>
        <GovForm
          form={form}
          submitLabel={existing ? 'Save changes' : 'Create the record'}
          onCancel={() => void navigate(existing ? `/staff/${existing.id}` : '/staff')}
        >
          <TextField label="First name" autoComplete="off" {...form.field('givenName')} />
          <TextField label="Last name" autoComplete="off" {...form.field('familyName')} />
          <TextField
            label="Preferred name (optional)"
            hint="What colleagues and people call them"
            {...form.field('preferredName')}
          />
          <TextField
            label="Staff reference"
            hint="Unique; also the ASC-WDS worker id"
            className="input--narrow"
            {...form.field('reference')}
          />
          <SelectField
            label="Job role"
            hint="As ASC-WDS names it"
            options={JOB_ROLE_OPTIONS}
            placeholder="Choose a job role"
            {...form.field('jobRole')}
          />
          <TextField
            label="Start date"
            hint="For example, 1 April 2025"
            type="date"
            className="input--narrow"
            {...form.field('startDate')}
          />
          <TextField label="Email (optional)" type="email" autoComplete="off" {...form.field('email')} />
          <TextField label="Phone (optional)" type="tel" autoComplete="off" {...form.field('phone')} />
        </GovForm>
      </Panel>
    </>
  );
}
