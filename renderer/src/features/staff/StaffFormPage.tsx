import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import type { StaffRecord } from '@shared/domain/staff/staff';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { orNull, toNumber, useForm } from '@renderer/components/use-form';
import { JOB_ROLE_OPTIONS } from './staff-options';

const FORM = 'staff';

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
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm(
    {
      reference: existing?.reference ?? '',
      givenName: existing?.givenName ?? '',
      familyName: existing?.familyName ?? '',
      preferredName: existing?.preferredName ?? '',
      jobRole: existing ? String(existing.jobRole) : '',
      email: existing?.email ?? '',
      phone: existing?.phone ?? '',
      startDate: existing?.startDate ?? '',
    },
    { errorPrefix: ['staff'] },
  );
  const { values } = form;

  const save = () =>
    form.submit(async () => {
      const staff = {
        reference: values.reference,
        givenName: values.givenName,
        familyName: values.familyName,
        preferredName: orNull(values.preferredName),
        jobRole: toNumber(values.jobRole),
        email: orNull(values.email),
        phone: orNull(values.phone),
        startDate: values.startDate,
      };
      const saved = existing
        ? await api.call('staff.update', { id: existing.id, staff })
        : await api.call('staff.create', staff);
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('staff.') });
      await navigate(`/staff/${saved.id}`);
    });

  return (
    <>
      <PageHeader
        title={existing ? `Edit ${existing.givenName} ${existing.familyName}` : 'Add a staff record'}
        caption="Staff"
      />
      <Panel>
        <GovForm
          formId={FORM}
          errors={form.errors}
          pending={form.pending}
          submitLabel={existing ? 'Save changes' : 'Create the record'}
          onSubmit={() => void save()}
          onCancel={() => void navigate(existing ? `/staff/${existing.id}` : '/staff')}
        >
          <TextField
            formId={FORM}
            errors={form.errors}
            label="First name"
            autoComplete="off"
            {...form.bind('givenName')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Last name"
            autoComplete="off"
            {...form.bind('familyName')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Preferred name (optional)"
            hint="What colleagues and people call them"
            {...form.bind('preferredName')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Staff reference"
            hint="Unique; also the ASC-WDS worker id"
            className="input--narrow"
            {...form.bind('reference')}
          />
          <SelectField
            formId={FORM}
            errors={form.errors}
            label="Job role"
            hint="As ASC-WDS names it"
            options={JOB_ROLE_OPTIONS}
            placeholder="Choose a job role"
            {...form.bind('jobRole')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Start date"
            hint="For example, 1 April 2025"
            type="date"
            className="input--narrow"
            {...form.bind('startDate')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Email (optional)"
            type="email"
            autoComplete="off"
            {...form.bind('email')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Phone (optional)"
            type="tel"
            autoComplete="off"
            {...form.bind('phone')}
          />
        </GovForm>
      </Panel>
    </>
  );
}
