import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { FUNCTIONAL_SKILL_LABELS, type FunctionalSkillStatus } from '@shared/domain/apprenticeships/apprenticeships';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useToday } from '@renderer/app/use-clock';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { PageHeader, Panel } from '@renderer/components/Layout';
import { orNull, useForm } from '@renderer/components/use-form';

const FORM = 'enrol';
const SKILL_OPTIONS = Object.entries(FUNCTIONAL_SKILL_LABELS).map(([value, label]) => ({ value, label }));

/** Enrol a worker on an apprenticeship standard. */
export function EnrolPage() {
  const api = useApi();
  const navigate = useNavigate();
  const today = useToday();
  const staff = useQuery(procedureQuery(api, 'staff.list', { status: 'active', limit: 2000 }));
  const standards = useQuery(procedureQuery(api, 'apprenticeships.standards', {}));
  const enrol = useProcedureMutation('apprenticeships.enrol', ['apprenticeships']);
  const form = useForm({
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
  });
  const people = (staff.data?.rows ?? []).map((s) => ({
    value: s.id,
    label: `${s.givenName} ${s.familyName} (${s.reference})`,
  }));
  const num = (text: string | boolean) => (String(text).trim() === '' ? Number.NaN : Number(text));
  return (
    <>
      <PageHeader title="Enrol an apprentice" caption="Apprenticeships" />
      <Panel>
        <GovForm
          formId={FORM}
          errors={form.errors}
          pending={form.pending}
          submitLabel="Enrol"
          onCancel={() => void navigate('/apprenticeships')}
          onSubmit={() =>
            void form.submit(async () => {
              const v = form.values;
              const { id } = await enrol.mutateAsync({
                staffId: String(v.staffId),
                standardCode: String(v.standardCode),
                providerName: String(v.providerName),
                startDate: String(v.startDate),
                plannedEndDate: String(v.plannedEndDate),
                mentorStaffId: orNull(v.mentorStaffId),
                weeklyHours: num(v.weeklyHours),
                ageAtStart: num(v.ageAtStart),
                englishStatus: v.englishStatus as FunctionalSkillStatus,
                mathsStatus: v.mathsStatus as FunctionalSkillStatus,
              });
              await navigate(`/apprenticeships/${id}`);
            })
          }
        >
          <SelectField
            formId={FORM}
            errors={form.errors}
            label="Apprentice"
            options={people}
            placeholder="Choose a worker"
            {...form.bind('staffId')}
          />
          <SelectField
            formId={FORM}
            errors={form.errors}
            label="Standard"
            options={(standards.data ?? []).map((s) => ({
              value: s.code,
              label: `${s.code} ${s.title} (Level ${s.level})`,
            }))}
            placeholder="Choose a standard"
            {...form.bind('standardCode')}
          />
          <TextField formId={FORM} errors={form.errors} label="Training provider" {...form.bind('providerName')} />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Start date"
            type="date"
            className="input--narrow"
            {...form.bind('startDate')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Planned end date"
            type="date"
            className="input--narrow"
            {...form.bind('plannedEndDate')}
          />
          <SelectField
            formId={FORM}
            errors={form.errors}
            label="Employer mentor (optional)"
            options={people}
            placeholder="No mentor yet"
            {...form.bind('mentorStaffId')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Working hours a week"
            hint="Sets the off-the-job hours for starts before August 2025"
            inputMode="decimal"
            className="input--narrow"
            {...form.bind('weeklyHours')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Age at start"
            hint="Under 19: English and maths are required"
            inputMode="numeric"
            className="input--narrow"
            {...form.bind('ageAtStart')}
          />
          <SelectField
            formId={FORM}
            errors={form.errors}
            label="English"
            options={SKILL_OPTIONS}
            {...form.bind('englishStatus')}
          />
          <SelectField
            formId={FORM}
            errors={form.errors}
            label="Maths"
            options={SKILL_OPTIONS}
            {...form.bind('mathsStatus')}
          />
        </GovForm>
      </Panel>
    </>
  );
}
