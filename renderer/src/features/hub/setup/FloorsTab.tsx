import { useState } from 'react';
import { FLOOR_IMAGE_MAX_BYTES, type Floor, type Space } from '@shared/domain/hub/setup';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { FileField, TextField } from '@renderer/components/Field';
import { fileToBase64 } from '@renderer/components/files';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, Panel } from '@renderer/components/Layout';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';
import { FloorPlan } from '../FloorPlan';

/** Add a floor or change one: its name, its place in lists, and the grid its plan is drawn on. */
function FloorForm({ floor, onClose }: { floor: Floor | null; onClose: () => void }) {
  const form = useProcedureForm('hub.saveFloor', {
    id: 'floor',
    initial: {
      name: floor?.name ?? '',
      position: String(floor?.position ?? 0),
      gridColumns: String(floor?.gridColumns ?? 40),
      gridRows: String(floor?.gridRows ?? 20),
    },
    toInput: (v) => ({
      id: floor?.id ?? null,
      name: v.name,
      position: toNumber(v.position),
      gridColumns: toNumber(v.gridColumns),
      gridRows: toNumber(v.gridRows),
    }),
    onSuccess: onClose,
  });
  return (
    <Panel title={floor ? `Change ${floor.name}` : 'Add a floor'}>
      <GovForm form={form} submitLabel={floor ? 'Save the floor' : 'Add the floor'} onCancel={onClose}>
        <TextField label="Name" hint="For example, Ground floor" {...form.field('name')} />
        <TextField
          label="Order"
          hint="0 comes first"
          inputMode="numeric"
          className="input--narrow"
          {...form.field('position')}
        />
        <TextField
          label="Plan width in cells"
          inputMode="numeric"
          className="input--narrow"
          {...form.field('gridColumns')}
        />
        <TextField
          label="Plan height in cells"
          inputMode="numeric"
          className="input--narrow"
          {...form.field('gridRows')}
        />
      </GovForm>
    </Panel>
  );
}

/** Put an image of the floor under its plan (PNG, JPEG or SVG up to 5 MB). */
function FloorImageForm({ floor }: { floor: Floor }) {
  const [file, setFile] = useState<File | null>(null);
  const form = useProcedureForm('hub.uploadFloorImage', {
    id: `floor-image-${floor.id}`,
    initial: {},
    toInput: async () => {
      if (!file) return { floorId: floor.id, fileName: '', contentBase64: '' };
      return { floorId: floor.id, fileName: file.name, contentBase64: await fileToBase64(file) };
    },
    issuesAt: 'contentBase64',
    success: 'The image is under the plan.',
  });
  return (
    <GovForm form={form} submitLabel="Upload the image" submitVariant="secondary" grid={false}>
      <FileField
        formId={form.id}
        name="contentBase64"
        label={`Image of ${floor.name}`}
        hint={`PNG, JPEG or SVG, up to ${FLOOR_IMAGE_MAX_BYTES / 1024 / 1024} MB`}
        errors={form.errors}
        accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml"
        onFile={setFile}
      />
    </GovForm>
  );
}

/** The floors, each with its plan and image; add, change or remove a floor. */
export function FloorsTab({ floors, spaces }: { floors: readonly Floor[]; spaces: readonly Space[] }) {
  const [editing, setEditing] = useState<Floor | 'new' | null>(null);
  const remove = useProcedureMutation('hub.removeFloor');
  const clearImage = useProcedureMutation('hub.clearFloorImage');
  const error = remove.error ?? clearImage.error;
  return (
    <>
      {error && <Banner tone="error">{error.message}</Banner>}
      {editing ? (
        <FloorForm
          key={editing === 'new' ? 'new' : editing.id}
          floor={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : (
        <p>
          <Button onClick={() => setEditing('new')}>Add a floor</Button>
        </p>
      )}
      {floors.length === 0 && <p>The hub has no floors yet.</p>}
      {floors.map((floor) => {
        const onFloor = spaces.filter((s) => s.floorId === floor.id);
        return (
          <Panel key={floor.id} title={floor.name}>
            <p>
              {onFloor.length} spaces on a plan {floor.gridColumns} cells wide and {floor.gridRows} high.
            </p>
            <FloorPlan floor={floor} spaces={onFloor} markOf={() => ({ tone: 'none', description: 'placed here' })} />
            <FloorImageForm floor={floor} />
            <div className="button-row">
              <Button variant="secondary" aria-label={`Change ${floor.name}`} onClick={() => setEditing(floor)}>
                Change
              </Button>
              {floor.imageType && (
                <Button variant="secondary" onClick={() => clearImage.mutate({ floorId: floor.id })}>
                  Take the image away
                </Button>
              )}
              <ConfirmAction
                label={`Remove ${floor.name}`}
                confirmLabel="Yes, remove the floor"
                title={`Remove ${floor.name}?`}
                disabled={onFloor.length > 0}
                pending={remove.isPending}
                onConfirm={() => remove.mutate({ id: floor.id })}
              >
                <p>The floor and its plan go. Only a floor with no spaces on it can be removed.</p>
              </ConfirmAction>
            </div>
          </Panel>
        );
      })}
    </>
  );
}
