import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { CONTACT_KIND_LABELS, type ClientRecord } from '@shared/domain/clients/client';
import { parsePastedLocation } from '@shared/domain/clients/location';
import { normalisePostcode } from '@shared/domain/clients/postcode-directory';
import type { Skill } from '@shared/domain/skills';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { SelectField, TextAreaField, TextField } from '@renderer/components/Field';
import { fieldId } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { orNull, toNumberOrNull, useProcedureForm } from '@renderer/components/use-form';
import { NEED_OPTIONS } from './people-options';
import { usePostcodeHint } from './postcode-hint';

const CONTACT_OPTIONS = optionsFrom(CONTACT_KIND_LABELS);
const STATUS_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'paused', label: 'Paused (for example a hospital stay)' },
  { value: 'ended', label: 'Ended' },
];

/**
 * The coordinates to send: those in the fields, or none (place by postcode) when both are empty or when an edit changed
 * the postcode and left the stored coordinates as they were (the person moved; the old point would keep them there).
 */
function typedLocation(
  existing: ClientRecord | null,
  v: { postcode: string; lat: string; lon: string },
): { lat: number | null; lon: number | null } {
  const moved =
    existing !== null &&
    normalisePostcode(v.postcode) !== existing.postcode &&
    v.lat.trim() === String(existing.lat) &&
    v.lon.trim() === String(existing.lon);
  return moved ? { lat: null, lon: null } : { lat: toNumberOrNull(v.lat), lon: toNumberOrNull(v.lon) };
}

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

function PersonForm({ existing, accessNotes }: { existing: ClientRecord | null; accessNotes: string | null }) {
  const navigate = useNavigate();
  const contact = existing?.keyContacts[0];
  const [needs, setNeeds] = useState<Skill[]>(existing?.supportNeeds ?? []);
  const [pasted, setPasted] = useState('');
  const hint = usePostcodeHint();
  const form = useProcedureForm(existing ? 'clients.update' : 'clients.create', {
    id: 'person',
    initial: {
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
    errorPrefix: ['client'],
    toInput: (v) => {
      const client = {
        givenName: v.givenName,
        familyName: v.familyName,
        preferredName: orNull(v.preferredName),
        addressedAs: v.addressedAs,
        addressLine1: v.addressLine1,
        addressLine2: orNull(v.addressLine2),
        town: v.town,
        postcode: v.postcode,
        ...typedLocation(existing, v),
        keyContacts:
          v.contactName.trim() === '' && v.contactKind === ''
            ? []
            : [
                {
                  kind: v.contactKind || 'other',
                  name: v.contactName,
                  relationship: orNull(v.contactRelationship),
                  phone: orNull(v.contactPhone),
                },
              ],
        whatMatters: orNull(v.whatMatters),
        supportNeeds: needs,
        accessNotes: orNull(v.accessNotes),
        startDate: v.startDate,
        status: v.status,
        pausedFrom: v.status === 'paused' ? orNull(v.pausedFrom) : null,
        pausedUntil: v.status === 'paused' ? orNull(v.pausedUntil) : null,
        pauseReason: v.status === 'paused' ? orNull(v.pauseReason) : null,
        endedOn: v.status === 'ended' ? orNull(v.endedOn) : null,
      };
      return existing ? { id: existing.id, client } : client;
    },
    onSuccess: (saved) => navigate(`/people/${saved.id}`),
  });
  const { values } = form;

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
          form={form}
          submitLabel={existing ? 'Save changes' : 'Add the person'}
          grid={false}
          onCancel={() => void navigate(existing ? `/people/${existing.id}` : '/people')}
        >
          <fieldset className="fieldset">
            <legend>About them</legend>
            <div className="form-grid">
              <TextField label="First name" autoComplete="off" {...form.field('givenName')} />
              <TextField label="Last name" autoComplete="off" {...form.field('familyName')} />
              <TextField label="Preferred name (optional)" {...form.field('preferredName')} />
              <TextField
                label="How they like to be addressed"
                hint="For example, Mrs Okafor, or Joy"
                {...form.field('addressedAs')}
              />
              <TextField label="Start date" type="date" className="input--narrow" {...form.field('startDate')} />
              <SelectField label="Status" options={STATUS_OPTIONS} {...form.field('status')} />
              {values.status === 'paused' && (
                <>
                  <TextField label="Paused from" type="date" className="input--narrow" {...form.field('pausedFrom')} />
                  <TextField
                    label="Paused until (if known)"
                    type="date"
                    className="input--narrow"
                    {...form.field('pausedUntil')}
                  />
                  <TextField label="Reason for the pause" {...form.field('pauseReason')} />
                </>
              )}
              {values.status === 'ended' && (
                <TextField
                  label="Last day of support"
                  type="date"
                  className="input--narrow"
                  {...form.field('endedOn')}
                />
              )}
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>Address and location</legend>
            <div className="form-grid">
              <TextField label="Address line 1" {...form.field('addressLine1')} />
              <TextField label="Address line 2 (optional)" {...form.field('addressLine2')} />
              <TextField label="Town" {...form.field('town')} />
              <TextField label="Postcode" hint={hint.postcode} className="input--narrow" {...form.field('postcode')} />
              <TextField
                label="Latitude"
                hint={`${hint.coordinates}, for example 51.4452`}
                inputMode="decimal"
                className="input--narrow"
                {...form.field('lat')}
              />
              <TextField
                label="Longitude"
                hint={`${hint.coordinates}, for example -0.0213`}
                inputMode="decimal"
                className="input--narrow"
                {...form.field('lon')}
              />
              <div className="field">
                <label className="field__label" htmlFor={fieldId(form.id, 'pasted')}>
                  Or paste “latitude, longitude”
                </label>
                <span className="field__hint">As copied from a map</span>
                <div className="inline-row">
                  <input
                    id={fieldId(form.id, 'pasted')}
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
                label="Who they are"
                options={CONTACT_OPTIONS}
                placeholder="No key contact"
                {...form.field('contactKind', 'keyContacts.0.kind')}
              />
              <TextField label="Name" {...form.field('contactName', 'keyContacts.0.name')} />
              <TextField
                label="Relationship (optional)"
                {...form.field('contactRelationship', 'keyContacts.0.relationship')}
              />
              <TextField label="Phone (optional)" type="tel" {...form.field('contactPhone', 'keyContacts.0.phone')} />
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
              label="What matters to them"
              hint="In their words; the team reads this"
              {...form.field('whatMatters')}
            />
            <TextAreaField
              label="Access notes"
              hint={
                'Key safe, entry, pets, risks. Shown only to their team, coordinators and managers; ' +
                'every view is recorded.'
              }
              {...form.field('accessNotes')}
            />
          </fieldset>
        </GovForm>
      </Panel>
    </>
  );
}
