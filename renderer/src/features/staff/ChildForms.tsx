import { useState, type ReactNode } from 'react';
import { ATTACHMENT_KINDS, REVIEW_KINDS } from '@shared/domain/staff/codes';
import { Button } from '@renderer/components/Button';
import { GovForm } from '@renderer/components/GovForm';
import { FileField, SelectField, TextField } from '@renderer/components/Field';
import { orNull, toPence, useProcedureForm } from '@renderer/components/use-form';
import { fileToBase64 } from '@renderer/components/files';

const REVIEW_OPTIONS = REVIEW_KINDS.map((k) => ({ value: k.code, label: k.label }));
const ATTACHMENT_OPTIONS = ATTACHMENT_KINDS.map((k) => ({ value: k.code, label: k.label }));
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

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

/** Add an hourly rate from a date. */
export function AddPayRateForm({ staffId }: { staffId: string }) {
  return (
    <Disclosure label="Add a new rate">{(close) => <AddPayRateFields staffId={staffId} close={close} />}</Disclosure>
  );
}

function AddPayRateFields({ staffId, close }: { staffId: string; close: () => void }) {
  const form = useProcedureForm('staff.addPayRate', {
    id: 'pay-rate',
    initial: { effectiveFrom: '', pounds: '', note: '' },
    errorPrefix: ['rate'],
    toInput: (v) => ({
      id: staffId,
      rate: { effectiveFrom: v.effectiveFrom, pencePerHour: toPence(v.pounds), note: orNull(v.note) },
    }),
    onSuccess: close,
  });
  return (
    <GovForm form={form} submitLabel="Save the rate" onCancel={close}>
      <TextField label="Effective from" type="date" className="input--narrow" {...form.field('effectiveFrom')} />
      <TextField
        label="Hourly rate (£)"
        hint="For example, 13.10"
        inputMode="decimal"
        className="input--narrow"
        {...form.field('pounds', 'pencePerHour')}
      />
      <TextField label="Note (optional)" {...form.field('note')} />
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
  const form = useProcedureForm('staff.saveReference', {
    id: 'reference',
    initial: { refereeName: '', relationship: '', requestedOn: '', receivedOn: '' },
    errorPrefix: ['reference'],
    toInput: (v) => ({
      id: staffId,
      referenceId: null,
      reference: {
        refereeName: v.refereeName,
        relationship: orNull(v.relationship),
        requestedOn: orNull(v.requestedOn),
        receivedOn: orNull(v.receivedOn),
      },
    }),
    onSuccess: close,
  });
  return (
    <GovForm form={form} submitLabel="Save the reference" onCancel={close}>
      <TextField label="Referee’s name" {...form.field('refereeName')} />
      <TextField
        label="Relationship (optional)"
        hint="For example, previous employer"
        {...form.field('relationship')}
      />
      <TextField label="Requested on (optional)" type="date" className="input--narrow" {...form.field('requestedOn')} />
      <TextField label="Received on (optional)" type="date" className="input--narrow" {...form.field('receivedOn')} />
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
  const form = useProcedureForm('staff.addReview', {
    id: 'review',
    initial: { kind: 'supervision', heldOn: '', nextDue: '', notes: '' },
    errorPrefix: ['review'],
    toInput: (v) => ({
      id: staffId,
      review: { kind: v.kind, heldOn: v.heldOn, nextDue: orNull(v.nextDue), notes: orNull(v.notes) },
    }),
    onSuccess: close,
  });
  return (
    <GovForm form={form} submitLabel="Save" onCancel={close}>
      <SelectField label="Kind" options={REVIEW_OPTIONS} {...form.field('kind')} />
      <TextField label="Held on" type="date" className="input--narrow" {...form.field('heldOn')} />
      <TextField label="Next one due (optional)" type="date" className="input--narrow" {...form.field('nextDue')} />
      <TextField label="Notes (optional)" {...form.field('notes')} />
    </GovForm>
  );
}

/** Attach a copy of a DBS certificate or right-to-work document. */
export function UploadForm({ staffId }: { staffId: string }) {
  return (
    <Disclosure label="Attach a document">{(close) => <UploadFields staffId={staffId} close={close} />}</Disclosure>
  );
}

function UploadFields({ staffId, close }: { staffId: string; close: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const form = useProcedureForm('staff.uploadAttachment', {
    id: 'upload',
    initial: { kind: 'dbs_certificate' },
    // Checked before the file is read, so a large file is not read only to be refused.
    check: () =>
      file && file.size > MAX_ATTACHMENT_BYTES
        ? [{ path: ['contentBase64'], message: 'The file must be 10 MB or smaller' }]
        : [],
    toInput: async (v) => ({
      staffId,
      kind: v.kind,
      fileName: file?.name ?? '',
      contentBase64: file ? await fileToBase64(file) : '',
    }),
    onSuccess: close,
  });
  return (
    <GovForm form={form} submitLabel="Attach" onCancel={close} grid={false}>
      <SelectField label="Document" options={ATTACHMENT_OPTIONS} {...form.field('kind')} />
      <FileField
        formId={form.id}
        errors={form.errors}
        name="contentBase64"
        label="File (PDF, PNG or JPEG, up to 10 MB)"
        accept="application/pdf,image/png,image/jpeg"
        onFile={setFile}
      />
    </GovForm>
  );
}
