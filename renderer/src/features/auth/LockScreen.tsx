import { useQueryClient } from '@tanstack/react-query';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { GovForm } from '@renderer/components/GovForm';
import { TextField } from '@renderer/components/Field';
import { useProcedureForm } from '@renderer/components/use-form';

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
  const queryClient = useQueryClient();
  const signOut = useProcedureMutation('auth.signOut');
  const form = useProcedureForm('auth.unlock', {
    id: 'unlock',
    initial: { password: '' },
    toInput: (v) => ({ password: v.password }),
    onSuccess: onChange,
  });
  const switchPerson = () =>
    signOut.mutate(
      {},
      {
        onSuccess: async () => {
          await onChange();
          // Nothing the previous person loaded may linger for the next one on a shared PC.
          queryClient.removeQueries({
            predicate: (query) => query.queryKey[0] !== 'auth.session' && query.queryKey[0] !== 'setup.status',
          });
        },
      },
    );
  return (
    <div className="centred">
      <div className="centred__card">
        <h1>Locked</h1>
        <p>
          The screen locked after a period without use. {displayName} ({username}), enter your password to carry on
          where you were.
        </p>
        <ErrorSummary error={signOut.error} />
        <GovForm
          form={form}
          submitLabel="Unlock"
          grid={false}
          actions={
            <Button variant="secondary" disabled={signOut.isPending} onClick={switchPerson}>
              Switch person
            </Button>
          }
        >
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            autoFocus
            {...form.field('password')}
          />
        </GovForm>
      </div>
    </div>
  );
}
