import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { PageHeader, Panel } from '@renderer/components/Layout';
import { orNull, toNumber, useProcedureForm } from '@renderer/components/use-form';
import { useToday } from '@renderer/app/use-clock';
import { FUNCTIONAL_SKILL_OPTIONS } from './options';

/** Enrol a worker on an apprenticeship standard. */
export function EnrolPage() {
  const api = useApi();
  const navigate = useNavigate();
  const today = useToday();
  const staff = useQuery(procedureQuery(api, 'staff.list', { status: 'active', limit: 2000 }));
  const standards = useQuery(procedureQuery(api, 'apprenticeships.standards', {}));
  const form = useProcedureForm('apprenticeships.enrol', {
    id: 'enrol',
    initial: {
      staffId: '',
      standardCode: '',
      providerName: '',
      startDate: today,
      plannedEndDate: '',
      mentorStaffId: '',
      weeklyHours: '37.5',
      ageAtStart: '',
      englishStatus: 'not_started',
      mathsStatus: 'not_started',
    },
    toInput: (v) => ({
      staffId: v.staffId,
      standardCode: v.standardCode,
      providerName: v.providerName,
      startDate: v.startDate,
      plannedEndDate: v.plannedEndDate,
      mentorStaffId: orNull(v.mentorStaffId),
      weeklyHours: toNumber(v.weeklyHours),
      ageAtStart: toNumber(v.ageAtStart),
      englishStatus: v.englishStatus,
      mathsStatus: v.mathsStatus,
    }),
    onSuccess: ({ id }) => navigate(`/apprenticeships/${id}`),
  });
  const people = (staff.data?.rows ?? []).map((s) => ({
    value: s.id,
    label: `${s.givenName} ${s.familyName} (${s.reference})`,
  }));
  return (
    <>
      <PageHeader title="Enrol an apprentice" caption="Apprenticeships" />
      <Panel>
        <GovForm form={form} submitLabel="Enrol" onCancel={() => void navigate('/apprenticeships')}>
          <SelectField label="Apprentice" options={people} placeholder="Choose a worker" {...form.field('staffId')} />
          <SelectField
            label="Standard"
            options={(standards.data ?? []).map((s) => ({
              value: s.code,
              label: `${s.code} ${s.title} (Level ${s.level})`,
            }))}
            placeholder="Choose a standard"
            {...form.field('standardCode')}
          />
          <TextField label="Training provider" {...form.field('providerName')} />
          <TextField label="Start date" type="date" className="input--narrow" {...form.field('startDate')} />
          <TextField label="Planned end date" type="date" className="input--narrow" {...form.field('plannedEndDate')} />
          <SelectField
            label="Employer mentor (optional)"
            options={people}
            placeholder="No mentor yet"
            {...form.field('mentorStaffId')}
          />
          <TextField
            label="Working hours a week"
            hint="Sets the off-the-job hours for starts before August 2025"
            inputMode="decimal"
            className="input--narrow"
            {...form.field('weeklyHours')}
          />
          <TextField
            label="Age at start"
            hint="Under 19: English and maths are required"
            inputMode="numeric"
            className="input--narrow"
            {...form.field('ageAtStart')}
          />
          <SelectField label="English" options={FUNCTIONAL_SKILL_OPTIONS} {...form.field('englishStatus')} />
          <SelectField label="Maths" options={FUNCTIONAL_SKILL_OPTIONS} {...form.field('mathsStatus')} />
        </GovForm>
      </Panel>
    </>
  );
}
