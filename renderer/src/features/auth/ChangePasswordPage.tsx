import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner } from '@renderer/components/Layout';
import { useProcedureForm } from '@renderer/components/use-form';

/** Choose your own password (required after a temporary one). */
export function ChangePasswordPage({ required, onDone }: { required: boolean; onDone: () => Promise<void> }) {
  const form = useProcedureForm('auth.changePassword', {
    id: 'change-password',
    initial: { currentPassword: '', newPassword: '', confirm: '' },
    check: (v) =>
      v.newPassword === v.confirm ? [] : [{ path: ['confirm'], message: 'Enter the same new password twice' }],
    toInput: (v) => ({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: onDone,
  });
  return (
    <div className={required ? 'centred' : undefined}>
      <div className={required ? 'centred__card' : undefined}>
        <h1>Choose a new password</h1>
        {required && <Banner>You signed in with a temporary password. Choose your own before carrying on.</Banner>}
        <GovForm form={form} submitLabel="Save the new password" grid={false}>
          <TextField
            label="Current (or temporary) password"
            type="password"
            autoComplete="current-password"
            {...form.field('currentPassword')}
          />
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            hint="At least 8 characters. Longer is stronger: three or four unrelated words work well."
            {...form.field('newPassword')}
          />
          <TextField
            label="New password again"
            type="password"
            autoComplete="new-password"
            {...form.field('confirm')}
          />
        </GovForm>
      </div>
    </div>
  );
}
