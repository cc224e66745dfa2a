import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  CONTACT_KIND_LABELS,
  type ClientRecord,
  type ClientStatus,
  type ContactKind,
} from '@shared/domain/clients/client';
import { parsePastedLocation } from '@shared/domain/clients/location';
import type { Skill } from '@shared/domain/skills';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { SelectField, TextField } from '@renderer/components/Field';
import { fieldId } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { orNull, useForm } from '@renderer/components/use-form';
import { NEED_OPTIONS } from './people-options';

const FORM = 'person';
const CONTACT_OPTIONS = (Object.keys(CONTACT_KIND_LABELS) as ContactKind[]).map((k) => ({
  value: k,
  label: CONTACT_KIND_LABELS[k],
}));
const STATUS_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'paused', label: 'Paused (for example a hospital stay)' },
  { value: 'ended', label: 'Ended' },
];

/** Add a person, or edit one (`/people/:id/edit`). */
export function PersonFormPage() {
  const { id } = useParams();
  const api = useApi();
  const existing = useQuery({ ...procedureQuery(api, 'clients.get', { id: id ?? '' }), enabled: Boolean(id) });
  const notes = useQuery({
    ...procedureQuery(api, 'clients.getAccessNotes', { id: id ?? '' }),
    enabled: Boolean(id),
    staleTime: Infinity,
  });
  if (id) {
    return (
      <QueryState isLoading={existing.isLoading || notes.isLoading} error={existing.error ?? notes.error}>
        {existing.data && notes.data && <PersonForm existing={existing.data} accessNotes={notes.data.accessNotes} />}
      </QueryState>
    );
  }
  return <PersonForm existing={null} accessNotes={null} />;
}

function numberOrNaN(text: string | boolean): number {
  const value = String(text).trim();
  return value === '' ? Number.NaN : Number(value);
}

function PersonForm({ existing, accessNotes }: { existing: ClientRecord | null; accessNotes: string | null }) {
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const contact = existing?.keyContacts[0];
  const form = useForm(
    {
      givenName: existing?.givenName ?? '',
      familyName: existing?.familyName ?? '',
      preferredName: existing?.preferredName ?? '',
      addressedAs: existing?.addressedAs ?? '',
      addressLine1: existing?.addressLine1 ?? '',
      addressLine2: existing?.addressLine2 ?? '',
      town: existing?.town ?? 'London',
      postcode: existing?.postcode ?? '',
      lat: existing ? String(existing.lat) : '',
      lon: existing ? String(existing.lon) : '',
      contactKind: contact?.kind ?? '',
      contactName: contact?.name ?? '',
      contactRelationship: contact?.relationship ?? '',
      contactPhone: contact?.phone ?? '',
      whatMatters: existing?.whatMatters ?? '',
      accessNotes: accessNotes ?? '',
      startDate: existing?.startDate ?? '',
      status: existing?.status ?? 'active',
      pausedFrom: existing?.pausedFrom ?? '',
      pausedUntil: existing?.pausedUntil ?? '',
      pauseReason: existing?.pauseReason ?? '',
      endedOn: existing?.endedOn ?? '',
    },
    { errorPrefix: ['client'] },
  );
  const [needs, setNeeds] = useState<Skill[]>(existing?.supportNeeds ?? []);
  const [pasted, setPasted] = useState('');
  const { values } = form;

  const save = () =>
    form.submit(async () => {
      const client = {
        givenName: values.givenName,
        familyName: values.familyName,
        preferredName: orNull(values.preferredName),
        addressedAs: values.addressedAs,
        addressLine1: values.addressLine1,
        addressLine2: orNull(values.addressLine2),
        town: values.town,
        postcode: values.postcode,
        lat: numberOrNaN(values.lat),
        lon: numberOrNaN(values.lon),
        keyContacts:
          values.contactName.trim() === '' && values.contactKind === ''
            ? []
            : [
                {
                  kind: (values.contactKind || 'other') as ContactKind,
                  name: values.contactName,
                  relationship: orNull(values.contactRelationship),
                  phone: orNull(values.contactPhone),
                },
              ],
        whatMatters: orNull(values.whatMatters),
        supportNeeds: needs,
        accessNotes: orNull(values.accessNotes),
        startDate: values.startDate,
        status: values.status as ClientStatus,
        pausedFrom: values.status === 'paused' ? orNull(values.pausedFrom) : null,
        pausedUntil: values.status === 'paused' ? orNull(values.pausedUntil) : null,
        pauseReason: values.status === 'paused' ? orNull(values.pauseReason) : null,
        endedOn: values.status === 'ended' ? orNull(values.endedOn) : null,
      };
      const saved = existing
        ? await api.call('clients.update', { id: existing.id, client })
        : await api.call('clients.create', client);
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('clients.') });
      await navigate(`/people/${saved.id}`);
    });

  const usePasted = () => {
    const point = parsePastedLocation(pasted);
    if (point) form.setValues((v) => ({ ...v, lat: String(point.lat), lon: String(point.lon) }));
  };

  return (
    <>
      <PageHeader
        title={existing ? `Edit ${existing.givenName} ${existing.familyName}` : 'Add a person'}
        caption="People"
      />
      <Panel>
        <GovForm
          formId={FORM}
          errors={form.errors}
          pending={form.pending}
          submitLabel={existing ? 'Save changes' : 'Add the person'}
          grid={false}
          onSubmit={() => void save()}
          onCancel={() => void navigate(existing ? `/people/${existing.id}` : '/people')}
        >
          <fieldset className="fieldset">
            <legend>About them</legend>
            <div className="form-grid">
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
                {...form.bind('preferredName')}
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="How they like to be addressed"
                hint="For example, Mrs Okafor, or Joy"
                {...form.bind('addressedAs')}
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Start date"
                type="date"
                className="input--narrow"
                {...form.bind('startDate')}
              />
              <SelectField
                formId={FORM}
                errors={form.errors}
                label="Status"
                options={STATUS_OPTIONS}
                {...form.bind('status')}
              />
              {values.status === 'paused' && (
                <>
                  <TextField
                    formId={FORM}
                    errors={form.errors}
                    label="Paused from"
                    type="date"
                    className="input--narrow"
                    {...form.bind('pausedFrom')}
                  />
                  <TextField
                    formId={FORM}
                    errors={form.errors}
                    label="Paused until (if known)"
                    type="date"
                    className="input--narrow"
                    {...form.bind('pausedUntil')}
                  />
                  <TextField
                    formId={FORM}
                    errors={form.errors}
                    label="Reason for the pause"
                    {...form.bind('pauseReason')}
                  />
                </>
              )}
              {values.status === 'ended' && (
                <TextField
                  formId={FORM}
                  errors={form.errors}
                  label="Last day of support"
                  type="date"
                  className="input--narrow"
                  {...form.bind('endedOn')}
                />
              )}
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>Address and location</legend>
            <div className="form-grid">
              <TextField formId={FORM} errors={form.errors} label="Address line 1" {...form.bind('addressLine1')} />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Address line 2 (optional)"
                {...form.bind('addressLine2')}
              />
              <TextField formId={FORM} errors={form.errors} label="Town" {...form.bind('town')} />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Postcode"
                className="input--narrow"
                {...form.bind('postcode')}
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Latitude"
                hint="Decimal degrees, for example 51.4452"
                inputMode="decimal"
                className="input--narrow"
                {...form.bind('lat')}
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Longitude"
                hint="Decimal degrees, for example -0.0213"
                inputMode="decimal"
                className="input--narrow"
                {...form.bind('lon')}
              />
              <div className="field">
                <label className="field__label" htmlFor={fieldId(FORM, 'pasted')}>
                  Or paste “latitude, longitude”
                </label>
                <span className="field__hint">As copied from a map</span>
                <div className="inline-row">
                  <input
                    id={fieldId(FORM, 'pasted')}
                    className="input"
                    value={pasted}
                    onChange={(e) => setPasted(e.target.value)}
                  />
                  <Button variant="secondary" onClick={usePasted}>
                    Use
                  </Button>
                </div>
              </div>
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>Key contact</legend>
            <div className="form-grid">
              <SelectField
                formId={FORM}
                errors={form.errors}
                label="Who they are"
                options={CONTACT_OPTIONS}
                placeholder="No key contact"
                {...form.bind('contactKind')}
                name="keyContacts.0.kind"
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Name"
                {...form.bind('contactName')}
                name="keyContacts.0.name"
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Relationship (optional)"
                {...form.bind('contactRelationship')}
                name="keyContacts.0.relationship"
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Phone (optional)"
                type="tel"
                {...form.bind('contactPhone')}
                name="keyContacts.0.phone"
              />
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>Support needs</legend>
            <p className="field__hint">Each need names a skill the visiting workers must hold.</p>
            <div className="checkbox-grid">
              {NEED_OPTIONS.map((o) => (
                <label className="checkbox" key={o.value}>
                  <input
                    type="checkbox"
                    checked={needs.includes(o.value)}
                    onChange={(e) =>
                      setNeeds((current) =>
                        e.target.checked ? [...current, o.value] : current.filter((n) => n !== o.value),
                      )
                    }
                  />
                  {o.label}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>For the team</legend>
            <TextAreaField
              id={fieldId(FORM, 'whatMatters')}
              label="What matters to them"
              hint="In their words; the team reads this"
              error={form.errors.byField.whatMatters}
              value={String(values.whatMatters)}
              onChange={(v) => form.setValues((x) => ({ ...x, whatMatters: v }))}
            />
            <TextAreaField
              id={fieldId(FORM, 'accessNotes')}
              label="Access notes"
              hint={
                'Key safe, entry, pets, risks. Shown only to their team, coordinators and managers; ' +
                'every view is recorded.'
              }
              error={form.errors.byField.accessNotes}
              value={String(values.accessNotes)}
              onChange={(v) => form.setValues((x) => ({ ...x, accessNotes: v }))}
            />
          </fieldset>
        </GovForm>
      </Panel>
    </>
  );
}

function TextAreaField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <span className="field__hint" id={`${id}-hint`}>
        {hint}
      </span>
      {error && (
        <span className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <textarea
        id={id}
        className="input textarea"
        rows={3}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
