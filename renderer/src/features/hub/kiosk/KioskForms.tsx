import type { KioskReceipt, KioskStatus } from '@shared/domain/hub/kiosk';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { orNull, useProcedureForm } from '@renderer/components/use-form';
import { HouseRules } from './HouseRules';

// The kiosk's forms. Each one is about the person standing at the kiosk only: it sends what they type and shows
// what the hub answers to them; nothing here lists or looks up anyone else.

/**
 * The house-rules box as the contract's `true`: an unticked box is passed on as it is, so the schema's own check
 * refuses it with its own words ("Read and accept the house rules to sign in") at the box.
 */
function accepted(value: string | boolean): true {
  return value as true;
}

interface SignInProps {
  status: KioskStatus;
  onDone: (receipt: KioskReceipt) => void;
  onCancel: () => void;
}

/** Sign in with a booking's code: scanned (a scanner types it and presses Enter) or typed. */
export function PassSignInForm({ status, onDone, onCancel }: SignInProps) {
  const form = useProcedureForm('hub.kioskSignInWithPass', {
    id: 'kiosk-pass',
    initial: { token: '', acceptHouseRules: false as boolean },
    toInput: (v) => ({ token: v.token, acceptHouseRules: accepted(v.acceptHouseRules) }),
    onSuccess: onDone,
  });
  return (
    <GovForm form={form} submitLabel="Sign in" onCancel={onCancel} grid={false}>
      <TextField
        label="Your booking code"
        hint="Hold the code on your phone under the scanner, or type the code shown under it"
        autoComplete="off"
        autoFocus
        {...form.field('token')}
      />
      <HouseRules
        formId={form.id}
        rules={status.houseRules}
        errors={form.errors}
        checkbox={form.checkbox('acceptHouseRules')}
      />
    </GovForm>
  );
}

/** Sign in by name and organisation: today's booking is found, or a free space chosen for a walk-in. */
export function NameSignInForm({ status, onDone, onCancel }: SignInProps) {
  const form = useProcedureForm('hub.kioskSignInByName', {
    id: 'kiosk-name',
    initial: { name: '', organisationId: '', spaceId: '', acceptHouseRules: false as boolean },
    toInput: (v) => ({
      name: v.name,
      organisationId: v.organisationId,
      spaceId: orNull(v.spaceId),
      acceptHouseRules: accepted(v.acceptHouseRules),
    }),
    onSuccess: onDone,
  });
  return (
    <GovForm form={form} submitLabel="Sign in" onCancel={onCancel} grid={false}>
      <TextField label="Your name" autoComplete="off" autoFocus {...form.field('name')} />
      <SelectField
        label="Your organisation"
        placeholder="Choose your organisation"
        options={status.organisations.map((o) => ({ value: o.id, label: o.name }))}
        {...form.field('organisationId')}
      />
      <SelectField
        label="Where you will sit"
        hint="If you booked, leave this and we use your booking. Without a booking, choose a free space."
        placeholder="My booking for today"
        options={status.freeSpaces.map((s) => ({ value: s.spaceId, label: `${s.name}, ${s.floorName}` }))}
        {...form.field('spaceId')}
      />
      <HouseRules
        formId={form.id}
        rules={status.houseRules}
        errors={form.errors}
        checkbox={form.checkbox('acceptHouseRules')}
      />
    </GovForm>
  );
}

/** A contractor signs in with name and company. */
export function ContractorSignInForm({ status, onDone, onCancel }: SignInProps) {
  const form = useProcedureForm('hub.kioskSignInContractor', {
    id: 'kiosk-contractor',
    initial: { name: '', company: '', acceptHouseRules: false as boolean },
    toInput: (v) => ({ name: v.name, company: v.company, acceptHouseRules: accepted(v.acceptHouseRules) }),
    onSuccess: onDone,
  });
  return (
    <GovForm form={form} submitLabel="Sign in" onCancel={onCancel} grid={false}>
      <TextField label="Your name" autoComplete="off" autoFocus {...form.field('name')} />
      <TextField label="Your company" autoComplete="off" {...form.field('company')} />
      <HouseRules
        formId={form.id}
        rules={status.houseRules}
        errors={form.errors}
        checkbox={form.checkbox('acceptHouseRules')}
      />
    </GovForm>
  );
}

/** Sign out the way one signed in: with the booking code, by name and organisation, or as a contractor. */
export function SignOutForm({ status, onDone, onCancel }: SignInProps) {
  const form = useProcedureForm('hub.kioskSignOut', {
    id: 'kiosk-out',
    initial: { method: 'name', token: '', name: '', organisationId: '', company: '' },
    toInput: (v) =>
      v.method === 'pass'
        ? { method: 'pass' as const, token: v.token }
        : v.method === 'contractor'
          ? { method: 'contractor' as const, name: v.name, company: v.company }
          : { method: 'name' as const, name: v.name, organisationId: v.organisationId },
    onSuccess: onDone,
  });
  const method = form.values.method;
  return (
    <GovForm form={form} submitLabel="Sign out" onCancel={onCancel} grid={false}>
      <SelectField
        label="How did you sign in?"
        options={[
          { value: 'name', label: 'With my name and organisation' },
          { value: 'pass', label: 'With my booking code' },
          { value: 'contractor', label: 'As a contractor' },
        ]}
        {...form.field('method')}
      />
      {method === 'pass' && <TextField label="Your booking code" autoComplete="off" {...form.field('token')} />}
      {method !== 'pass' && <TextField label="Your name" autoComplete="off" {...form.field('name')} />}
      {method === 'name' && (
        <SelectField
          label="Your organisation"
          placeholder="Choose your organisation"
          options={status.organisations.map((o) => ({ value: o.id, label: o.name }))}
          {...form.field('organisationId')}
        />
      )}
      {method === 'contractor' && <TextField label="Your company" autoComplete="off" {...form.field('company')} />}
    </GovForm>
  );
}

/** Branch staff sign in or out of the building with their own account (no app session starts). */
export function StaffForm({
  direction,
  onDone,
  onCancel,
}: {
  direction: 'in' | 'out';
  onDone: (receipt: KioskReceipt) => void;
  onCancel: () => void;
}) {
  const form = useProcedureForm(direction === 'in' ? 'hub.kioskStaffSignIn' : 'hub.kioskStaffSignOut', {
    id: `kiosk-staff-${direction}`,
    initial: { username: '', password: '' },
    toInput: (v) => ({ username: v.username, password: v.password }),
    onSuccess: onDone,
  });
  return (
    <GovForm form={form} submitLabel={direction === 'in' ? 'Sign in' : 'Sign out'} onCancel={onCancel} grid={false}>
      <TextField label="Username" autoComplete="off" autoFocus {...form.field('username')} />
      <TextField label="Password" type="password" autoComplete="off" {...form.field('password')} />
    </GovForm>
  );
}

/** A manager or coordinator ends kiosk mode with their own credentials; the window goes back to the sign-in page. */
export function ExitKioskForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const form = useProcedureForm('hub.kioskExit', {
    id: 'kiosk-exit',
    initial: { username: '', password: '' },
    toInput: (v) => ({ username: v.username, password: v.password }),
    onSuccess: onDone,
  });
  return (
    <GovForm form={form} submitLabel="End the kiosk" onCancel={onCancel} grid={false}>
      <TextField label="Username" autoComplete="off" autoFocus {...form.field('username')} />
      <TextField label="Password" type="password" autoComplete="off" {...form.field('password')} />
    </GovForm>
  );
}
