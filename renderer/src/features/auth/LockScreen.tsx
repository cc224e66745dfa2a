import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '@renderer/api/api-context';
import { Button } from '@renderer/components/Button';
import { GovForm } from '@renderer/components/GovForm';
import { TextField } from '@renderer/components/Field';
import { useForm } from '@renderer/components/use-form';

const FORM = 'unlock';

/** The idle lock on a shared office PC: the same person unlocks, or someone else switches in. */
export function LockScreen({
  displayName,
  username,
  onChange,
}: {
  displayName: string;
  username: string;
  onChange: () => Promise<void>;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const form = useForm({ password: '' });
  const switchPerson = async () => {
    await api.call('auth.signOut', {});
    await onChange();
    // Nothing the previous person loaded may linger for the next one on a shared PC.
    queryClient.removeQueries({
      predicate: (query) => query.queryKey[0] !== 'auth.session' && query.queryKey[0] !== 'setup.status',
    });
  };
  return (
    <div className="centred">
      <div className="centred__card">
        <h1>Locked</h1>
        <p>
          The screen locked after a period without use. {displayName} ({username}), enter your password to carry on
          where you were.
        </p>
        <GovForm
          formId={FORM}
          errors={form.errors}
          pending={form.pending}
          submitLabel="Unlock"
          grid={false}
          onSubmit={() =>
            void form.submit(async () => {
              await api.call('auth.unlock', { password: form.values.password });
              await onChange();
            })
          }
          actions={
            <Button variant="secondary" onClick={() => void switchPerson()}>
              Switch person
            </Button>
          }
        >
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Password"
            type="password"
            autoComplete="current-password"
            autoFocus
            {...form.bind('password')}
          />
        </GovForm>
      </div>
    </div>
  );
}
