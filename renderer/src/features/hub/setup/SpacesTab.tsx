import { useState } from 'react';
import { FEATURE_LABELS, SPACE_KIND_LABELS, type Floor, type Space } from '@shared/domain/hub/setup';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { SelectField, TextField } from '@renderer/components/Field';
import { fieldId } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, Panel } from '@renderer/components/Layout';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';
import { FEATURE_OPTIONS, featureWords, SPACE_KIND_OPTIONS } from '../hub-options';

/** Add a space, or change one: its floor, name, kind, seats, features and where it sits on the floor's grid. */
function SpaceForm({ floors, space, onClose }: { floors: readonly Floor[]; space: Space | null; onClose: () => void }) {
  const form = useProcedureForm('hub.saveSpace', {
    id: 'space',
    initial: {
      floorId: space?.floorId ?? floors[0]?.id ?? '',
      name: space?.name ?? '',
      kind: space?.kind ?? 'desk',
      capacity: String(space?.capacity ?? 1),
      screen: space?.features.screen ?? false,
      phone: space?.features.phone ?? false,
      wheelchairAccess: space?.features.wheelchairAccess ?? false,
      lockable: space?.features.lockable ?? false,
      x: String(space?.placement.x ?? 0),
      y: String(space?.placement.y ?? 0),
      width: String(space?.placement.width ?? 2),
      height: String(space?.placement.height ?? 2),
    },
    toInput: (v) => ({
      id: space?.id ?? null,
      floorId: v.floorId,
      name: v.name,
      kind: v.kind,
      capacity: toNumber(v.capacity),
      features: {
        screen: v.screen === true,
        phone: v.phone === true,
        wheelchairAccess: v.wheelchairAccess === true,
        lockable: v.lockable === true,
      },
      placement: { x: toNumber(v.x), y: toNumber(v.y), width: toNumber(v.width), height: toNumber(v.height) },
    }),
    onSuccess: onClose,
  });
  return (
    <Panel title={space ? `Change ${space.name}` : 'Add a space'}>
      <GovForm
        form={form}
        submitLabel={space ? 'Save the space' : 'Add the space'}
        onCancel={onClose}
        after={
          <>
            <fieldset className="fieldset" id={fieldId(form.id, 'placement')}>
              <legend>Place on the plan</legend>
              {form.errors.byField.placement && (
                <span className="field__error">
                  <span className="visually-hidden">Error: </span>
                  {form.errors.byField.placement}
                </span>
              )}
              <div className="form-grid">
                <TextField
                  label="Across (grid column)"
                  hint="0 is the left edge of the plan"
                  inputMode="numeric"
                  className="input--narrow"
                  {...form.field('x', 'placement.x')}
                />
                <TextField
                  label="Down (grid row)"
                  hint="0 is the top edge of the plan"
                  inputMode="numeric"
                  className="input--narrow"
                  {...form.field('y', 'placement.y')}
                />
                <TextField
                  label="Width in cells"
                  inputMode="numeric"
                  className="input--narrow"
                  {...form.field('width', 'placement.width')}
                />
                <TextField
                  label="Height in cells"
                  inputMode="numeric"
                  className="input--narrow"
                  {...form.field('height', 'placement.height')}
                />
              </div>
            </fieldset>
            <fieldset className="fieldset">
              <legend>Features</legend>
              {FEATURE_OPTIONS.map((o) => (
                <label className="checkbox" key={o.value}>
                  <input type="checkbox" {...form.checkbox(o.value)} /> {FEATURE_LABELS[o.value]}
                </label>
              ))}
            </fieldset>
          </>
        }
      >
        <TextField label="Name" {...form.field('name')} />
        <SelectField
          label="Floor"
          placeholder="Choose a floor"
          options={floors.map((f) => ({ value: f.id, label: f.name }))}
          {...form.field('floorId')}
        />
        <SelectField label="Kind" options={SPACE_KIND_OPTIONS} {...form.field('kind')} />
        <TextField label="Seats" inputMode="numeric" className="input--narrow" {...form.field('capacity')} />
      </GovForm>
    </Panel>
  );
}

/** The hub's spaces: a table, a form to add or change one, and removing one after asking. */
export function SpacesTab({ floors, spaces }: { floors: readonly Floor[]; spaces: readonly Space[] }) {
  const [editing, setEditing] = useState<Space | 'new' | null>(null);
  const remove = useProcedureMutation('hub.removeSpace');
  const [removed, setRemoved] = useState<string | null>(null);
  const floorName = (id: string) => floors.find((f) => f.id === id)?.name ?? '';
  const columns: Column<Space>[] = [
    { key: 'name', header: 'Space', rowHeader: true, render: (s) => s.name, sortValue: (s) => s.name },
    { key: 'floor', header: 'Floor', width: '9em', render: (s) => floorName(s.floorId) },
    { key: 'kind', header: 'Kind', width: '12em', render: (s) => SPACE_KIND_LABELS[s.kind] },
    { key: 'seats', header: 'Seats', width: '5em', render: (s) => s.capacity },
    { key: 'features', header: 'Features', render: (s) => featureWords(s.features) },
    {
      key: 'actions',
      header: 'Change',
      width: '22em',
      render: (s) => (
        <div className="hub-row-buttons">
          <Button variant="secondary" aria-label={`Change ${s.name}`} onClick={() => setEditing(s)}>
            Change
          </Button>
          <ConfirmAction
            label={`Remove ${s.name}`}
            confirmLabel="Yes, remove the space"
            title={`Remove ${s.name}?`}
            pending={remove.isPending}
            onConfirm={() =>
              remove.mutate(
                { id: s.id, cancelBookings: true },
                {
                  onSuccess: (r) =>
                    setRemoved(`${s.name} is removed; ${r.cancelledBookings} bookings from today on were cancelled.`),
                },
              )
            }
          >
            <p>It leaves the plan and the booking list. Its bookings from today on are cancelled.</p>
          </ConfirmAction>
        </div>
      ),
    },
  ];
  return (
    <>
      {removed && <Banner tone="success">{removed}</Banner>}
      {remove.error && (
        <Banner tone="error" title="The space was not removed.">
          {remove.error.message}
        </Banner>
      )}
      {floors.length === 0 ? (
        <p>Add a floor first (the Floors tab): every space sits on a floor’s plan.</p>
      ) : editing ? (
        <SpaceForm
          key={editing === 'new' ? 'new' : editing.id}
          floors={floors}
          space={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : (
        <p>
          <Button onClick={() => setEditing('new')}>Add a space</Button>
        </p>
      )}
      <DataTable
        label="Spaces"
        columns={columns}
        rows={spaces}
        rowKey={(s) => s.id}
        initialSort={{ key: 'name', direction: 'asc' }}
        empty="The hub has no spaces yet."
      />
    </>
  );
}
