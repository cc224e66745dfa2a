import { useApi } from '@renderer/api/api-context';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { useForm } from '@renderer/components/use-form';

const FORM = 'sign-in';

/** Sign in with a named account (never a shared login). */
export function SignInPage({ branchName, onSignedIn }: { branchName: string | null; onSignedIn: () => Promise<void> }) {
  const api = useApi();
  const form = useForm({ username: '', password: '' });
  return (
    <div className="centred">
      <div className="centred__card">
        <p className="muted">Neighbourhood Hub{branchName ? ` · ${branchName}` : ''}</p>
        <h1>Sign in</h1>
        <GovForm
          formId={FORM}
          errors={form.errors}
          pending={form.pending}
          submitLabel={form.pending ? 'Signing in…' : 'Sign in'}
          grid={false}
          onSubmit={() =>
            void form.submit(async () => {
              await api.call('auth.signIn', { username: form.values.username, password: form.values.password });
              await onSignedIn();
            })
          }
        >
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Username"
            autoComplete="username"
            autoFocus
            {...form.bind('username')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Password"
            type="password"
            autoComplete="current-password"
            {...form.bind('password')}
          />
        </GovForm>
        <p className="muted" style={{ marginTop: 24 }}>
          Forgotten your password? Ask a manager to reset it.
        </p>
      </div>
    </div>
  );
}
