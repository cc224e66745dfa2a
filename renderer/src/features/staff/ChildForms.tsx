import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ATTACHMENT_KINDS, REVIEW_KINDS } from '@shared/domain/staff/codes';
import { useApi } from '@renderer/api/api-context';
import { Button } from '@renderer/components/Button';
import { GovForm } from '@renderer/components/GovForm';
import { SelectField, TextField } from '@renderer/components/Field';
import { orNull, useForm } from '@renderer/components/use-form';

function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      predicate: (q) => String(q.queryKey[0]).startsWith('staff.') || String(q.queryKey[0]).startsWith('compliance.'),
    });
}

/** A form hidden behind an "Add…" button, so the tab stays readable. */
function Disclosure({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <div className="button-row">
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {label}
        </Button>
      </div>
    );
  return <div className="subform">{children(() => setOpen(false))}</div>;
}

/** Pounds typed by a person → pence, or NaN so the schema names the field. */
function poundsToPence(text: string): number {
  const t = text.trim().replace(/^£/, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(t)) return Number.NaN;
  return Math.round(Number(t) * 100);
}

/** Add an hourly rate from a date. */
export function AddPayRateForm({ staffId }: { staffId: string }) {
  return (
    <Disclosure label="Add a new rate">{(close) => <AddPayRateFields staffId={staffId} close={close} />}</Disclosure>
  );
}

function AddPayRateFields({ staffId, close }: { staffId: string; close: () => void }) {
  const api = useApi();
  const refresh = useRefresh();
  const form = useForm({ effectiveFrom: '', pounds: '', note: '' }, { errorPrefix: ['rate'] });
  const formId = 'pay-rate';
  return (
    <GovForm
      formId={formId}
      errors={form.errors}
      pending={form.pending}
      submitLabel="Save the rate"
      onCancel={close}
      onSubmit={() =>
        void form.submit(async () => {
          const pence = poundsToPence(String(form.values.pounds));
          await api.call('staff.addPayRate', {
            id: staffId,
            rate: {
              effectiveFrom: String(form.values.effectiveFrom),
              pencePerHour: pence,
              note: orNull(form.values.note),
            },
          });
          await refresh();
          close();
        })
      }
    >
      <TextField
        formId={formId}
        errors={form.errors}
        label="Effective from"
        type="date"
        className="input--narrow"
        {...form.bind('effectiveFrom')}
      />
      <TextField
        formId={formId}
        errors={form.errors}
        label="Hourly rate (£)"
        hint="For example, 13.10"
        inputMode="decimal"
        className="input--narrow"
        {...form.bind('pounds')}
        name="pencePerHour"
      />
      <TextField formId={formId} errors={form.errors} label="Note (optional)" {...form.bind('note')} />
    </GovForm>
  );
}

/** Add a reference. */
export function AddReferenceForm({ staffId }: { staffId: string }) {
  return (
    <Disclosure label="Add a reference">{(close) => <AddReferenceFields staffId={staffId} close={close} />}</Disclosure>
  );
}

function AddReferenceFields({ staffId, close }: { staffId: string; close: () => void }) {
  const api = useApi();
  const refresh = useRefresh();
  const form = useForm(
    { refereeName: '', relationship: '', requestedOn: '', receivedOn: '' },
    { errorPrefix: ['reference'] },
  );
  const formId = 'reference';
  return (
    <GovForm
      formId={formId}
      errors={form.errors}
      pending={form.pending}
      submitLabel="Save the reference"
      onCancel={close}
      onSubmit={() =>
        void form.submit(async () => {
          await api.call('staff.saveReference', {
            id: staffId,
            referenceId: null,
            reference: {
              refereeName: String(form.values.refereeName),
              relationship: orNull(form.values.relationship),
              requestedOn: orNull(form.values.requestedOn),
              receivedOn: orNull(form.values.receivedOn),
            },
          });
          await refresh();
          close();
        })
      }
    >
      <TextField formId={formId} errors={form.errors} label="Referee’s name" {...form.bind('refereeName')} />
      <TextField
        formId={formId}
        errors={form.errors}
        label="Relationship (optional)"
        hint="For example, previous employer"
        {...form.bind('relationship')}
      />
      <TextField
        formId={formId}
        errors={form.errors}
        label="Requested on (optional)"
        type="date"
        className="input--narrow"
        {...form.bind('requestedOn')}
      />
      <TextField
        formId={formId}
        errors={form.errors}
        label="Received on (optional)"
        type="date"
        className="input--narrow"
        {...form.bind('receivedOn')}
      />
    </GovForm>
  );
}

/** Record a supervision, appraisal or spot check. */
export function AddReviewForm({ staffId }: { staffId: string }) {
  return (
    <Disclosure label="Record a supervision, appraisal or spot check">
      {(close) => <AddReviewFields staffId={staffId} close={close} />}
    </Disclosure>
  );
}

function AddReviewFields({ staffId, close }: { staffId: string; close: () => void }) {
  const api = useApi();
  const refresh = useRefresh();
  const form = useForm({ kind: 'supervision', heldOn: '', nextDue: '', notes: '' }, { errorPrefix: ['review'] });
  const formId = 'review';
  return (
    <GovForm
      formId={formId}
      errors={form.errors}
      pending={form.pending}
      submitLabel="Save"
      onCancel={close}
      onSubmit={() =>
        void form.submit(async () => {
          await api.call('staff.addReview', {
            id: staffId,
            review: {
              kind: String(form.values.kind) as 'supervision',
              heldOn: String(form.values.heldOn),
              nextDue: orNull(form.values.nextDue),
              notes: orNull(form.values.notes),
            },
          });
          await refresh();
          close();
        })
      }
    >
      <SelectField
        formId={formId}
        errors={form.errors}
        label="Kind"
        options={REVIEW_KINDS.map((k) => ({ value: k.code, label: k.label }))}
        {...form.bind('kind')}
      />
      <TextField
        formId={formId}
        errors={form.errors}
        label="Held on"
        type="date"
        className="input--narrow"
        {...form.bind('heldOn')}
      />
      <TextField
        formId={formId}
        errors={form.errors}
        label="Next one due (optional)"
        type="date"
        className="input--narrow"
        {...form.bind('nextDue')}
      />
      <TextField formId={formId} errors={form.errors} label="Notes (optional)" {...form.bind('notes')} />
    </GovForm>
  );
}

/** Read a chosen file as base64 (without the data-URL prefix). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Attach a copy of a DBS certificate or right-to-work document. */
export function UploadForm({ staffId }: { staffId: string }) {
  return (
    <Disclosure label="Attach a document">{(close) => <UploadFields staffId={staffId} close={close} />}</Disclosure>
  );
}

function UploadFields({ staffId, close }: { staffId: string; close: () => void }) {
  const api = useApi();
  const refresh = useRefresh();
  const form = useForm({ kind: 'dbs_certificate' });
  const [file, setFile] = useState<File | null>(null);
  const formId = 'upload';
  return (
    <GovForm
      formId={formId}
      errors={form.errors}
      pending={form.pending}
      submitLabel="Attach"
      onCancel={close}
      grid={false}
      onSubmit={() =>
        void form.submit(async () => {
          if (!file) throw new Error('Choose a file to attach.');
          if (file.size > 10 * 1024 * 1024) throw new Error('The file must be 10 MB or smaller.');
          const contentBase64 = await readBase64(file);
          await api.call('staff.uploadAttachment', {
            staffId,
            kind: String(form.values.kind) as 'dbs_certificate',
            fileName: file.name,
            contentBase64,
          });
          await refresh();
          close();
        })
      }
    >
      <SelectField
        formId={formId}
        errors={form.errors}
        label="Document"
        options={ATTACHMENT_KINDS.map((k) => ({ value: k.code, label: k.label }))}
        {...form.bind('kind')}
      />
      <div className="field">
        <label className="field__label" htmlFor={`${formId}-file`}>
          File (PDF, PNG or JPEG, up to 10 MB)
        </label>
        <input
          id={`${formId}-file`}
          type="file"
          accept="application/pdf,image/png,image/jpeg"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
    </GovForm>
  );
}
