import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { useProcedureForm } from '@renderer/components/use-form';

/** Sign in with a named account (never a shared login). */
export function SignInPage({ branchName, onSignedIn }: { branchName: string | null; onSignedIn: () => Promise<void> }) {
  const form = useProcedureForm('auth.signIn', {
    id: 'sign-in',
    initial: { username: '', password: '' },
    toInput: (v) => ({ username: v.username, password: v.password }),
    onSuccess: onSignedIn,
  });
  return (
    <div className="centred">
      <div className="centred__card">
        <p className="muted">Neighbourhood Hub{branchName ? ` · ${branchName}` : ''}</p>
        <h1>Sign in</h1>
        <GovForm form={form} submitLabel={form.pending ? 'Signing in…' : 'Sign in'} grid={false}>
          <TextField label="Username" autoComplete="username" autoFocus {...form.field('username')} />
          <TextField label="Password" type="password" autoComplete="current-password" {...form.field('password')} />
        </GovForm>
        <p className="muted" style={{ marginTop: 24 }}>
          Forgotten your password? Ask a manager to reset it.
        </p>
      </div>
    </div>
  );
}
