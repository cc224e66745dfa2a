import { useState } from 'react';
import { ORGANISATION_KIND_LABELS, type Organisation } from '@shared/domain/hub/setup';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, Panel } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { orNull, useProcedureForm } from '@renderer/components/use-form';

const KIND_OPTIONS = optionsFrom(ORGANISATION_KIND_LABELS);

/** Add a visiting organisation or change one, with its named contact. */
function OrganisationForm({ organisation, onClose }: { organisation: Organisation | null; onClose: () => void }) {
  const form = useProcedureForm('hub.saveOrganisation', {
    id: 'organisation',
    initial: {
      name: organisation?.name ?? '',
      kind: organisation?.kind ?? '',
      contactName: organisation?.contactName ?? '',
      contactEmail: organisation?.contactEmail ?? '',
      contactPhone: organisation?.contactPhone ?? '',
    },
    toInput: (v) => ({
      id: organisation?.id ?? null,
      name: v.name,
      kind: v.kind,
      contactName: v.contactName,
      contactEmail: orNull(v.contactEmail),
      contactPhone: orNull(v.contactPhone),
    }),
    onSuccess: onClose,
  });
  return (
    <Panel title={organisation ? `Change ${organisation.name}` : 'Add an organisation'}>
      <GovForm
        form={form}
        submitLabel={organisation ? 'Save the organisation' : 'Add the organisation'}
        onCancel={onClose}
      >
        <TextField label="Name" {...form.field('name')} />
        <SelectField label="Kind" placeholder="Choose a kind" options={KIND_OPTIONS} {...form.field('kind')} />
        <TextField label="Contact’s name" {...form.field('contactName')} />
        <TextField label="Contact’s email (optional)" type="email" {...form.field('contactEmail')} />
        <TextField label="Contact’s phone (optional)" type="tel" {...form.field('contactPhone')} />
      </GovForm>
    </Panel>
  );
}

/** The visiting organisations: add, change, remove after saying what happens to their visitors. */
export function OrganisationsTab({ organisations }: { organisations: readonly Organisation[] }) {
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const remove = useProcedureMutation('hub.removeOrganisation');
  const columns: Column<Organisation>[] = [
    { key: 'name', header: 'Organisation', rowHeader: true, render: (o) => o.name, sortValue: (o) => o.name },
    { key: 'kind', header: 'Kind', render: (o) => ORGANISATION_KIND_LABELS[o.kind] },
    {
      key: 'contact',
      header: 'Contact',
      render: (o) => [o.contactName, o.contactEmail, o.contactPhone].filter(Boolean).join(', '),
    },
    { key: 'visitors', header: 'Visitors', width: '6em', render: (o) => o.visitors },
    {
      key: 'actions',
      header: 'Change',
      width: '22em',
      render: (o) => (
        <div className="hub-row-buttons">
          <Button variant="secondary" aria-label={`Change ${o.name}`} onClick={() => setEditing(o)}>
            Change
          </Button>
          <ConfirmAction
            label={`Remove ${o.name}`}
            confirmLabel="Yes, remove the organisation"
            title={`Remove ${o.name}?`}
            pending={remove.isPending}
            onConfirm={() => remove.mutate({ id: o.id })}
          >
            <p>
              Its {o.visitors} visitors can no longer book or sign in until you move them to another organisation, and
              their bookings from today on are cancelled.
            </p>
          </ConfirmAction>
        </div>
      ),
    },
  ];
  return (
    <>
      {remove.data && (
        <Banner tone="success">
          The organisation is removed; {remove.data.cancelledBookings} bookings of its {remove.data.visitors} visitors
          were cancelled.
        </Banner>
      )}
      {remove.error && <Banner tone="error">{remove.error.message}</Banner>}
      {editing ? (
        <OrganisationForm
          key={editing === 'new' ? 'new' : editing.id}
          organisation={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : (
        <p>
          <Button onClick={() => setEditing('new')}>Add an organisation</Button>
        </p>
      )}
      <DataTable
        label="Organisations"
        columns={columns}
        rows={organisations}
        rowKey={(o) => o.id}
        initialSort={{ key: 'name', direction: 'asc' }}
        empty="No visiting organisations yet."
      />
    </>
  );
}
