import { ApiError } from '@renderer/api/api-client';
import { useApi } from '@renderer/api/api-context';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner } from '@renderer/components/Layout';
import { useForm } from '@renderer/components/use-form';

const FORM = 'change-password';

/** Choose your own password (required after a temporary one). */
export function ChangePasswordPage({ required, onDone }: { required: boolean; onDone: () => Promise<void> }) {
  const api = useApi();
  const form = useForm({ currentPassword: '', newPassword: '', confirm: '' });
  return (
    <div className={required ? 'centred' : undefined}>
      <div className={required ? 'centred__card' : undefined}>
        <h1>Choose a new password</h1>
        {required && <Banner>You signed in with a temporary password. Choose your own before carrying on.</Banner>}
        <GovForm
          formId={FORM}
          errors={form.errors}
          pending={form.pending}
          submitLabel="Save the new password"
          grid={false}
          onSubmit={() =>
            void form.submit(async () => {
              if (form.values.newPassword !== form.values.confirm) {
                throw new ApiError({
                  code: 'VALIDATION',
                  message: 'The passwords do not match',
                  issues: [{ path: ['confirm'], message: 'Enter the same new password twice' }],
                });
              }
              await api.call('auth.changePassword', {
                currentPassword: form.values.currentPassword,
                newPassword: form.values.newPassword,
              });
              await onDone();
            })
          }
        >
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Current (or temporary) password"
            type="password"
            autoComplete="current-password"
            {...form.bind('currentPassword')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="New password"
            type="password"
            autoComplete="new-password"
            hint="At least 8 characters. Longer is stronger: three or four unrelated words work well."
            {...form.bind('newPassword')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="New password again"
            type="password"
            autoComplete="new-password"
            {...form.bind('confirm')}
          />
        </GovForm>
      </div>
    </div>
  );
}
