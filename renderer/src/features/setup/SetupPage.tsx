import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner } from '@renderer/components/Layout';
import { orNull, useProcedureForm } from '@renderer/components/use-form';

/** First run: create the branch and its first manager, or explore with demo data. */
export function SetupPage({ onDone }: { onDone: () => Promise<void> }) {
  const form = useProcedureForm('setup.createBranch', {
    id: 'setup',
    initial: {
      providerName: '',
      providerId: '',
      branchName: '',
      neighbourhood: '',
      cqcLocationId: '',
      givenName: '',
      familyName: '',
      username: '',
      password: '',
    },
    toInput: (v) => ({
      providerName: v.providerName,
      providerId: orNull(v.providerId),
      branchName: v.branchName,
      neighbourhood: v.neighbourhood,
      cqcLocationId: orNull(v.cqcLocationId),
      manager: { givenName: v.givenName, familyName: v.familyName, username: v.username, password: v.password },
    }),
    onSuccess: onDone,
  });
  const demo = useProcedureMutation('setup.createDemo');

  if (demo.data) {
    return (
      <div className="centred">
        <div className="centred__card">
          <h1>The demo branch is ready</h1>
          <p>
            Sign in as any of these people with the password <strong className="mono">{demo.data.password}</strong>:
          </p>
          <ul>
            {demo.data.accounts.map((a) => (
              <li key={a.username}>
                <strong className="mono">{a.username}</strong> ({a.role})
              </li>
            ))}
          </ul>
          <Button onClick={() => void onDone()}>Go to sign in</Button>
        </div>
      </div>
    );
  }

  // Field errors for the nested manager object arrive as `manager.givenName`; the inputs use the same names.
  return (
    <div className="centred">
      <div className="centred__card centred__card--wide">
        <h1>Set up this branch</h1>
        <p>
          Neighbourhood Hub keeps this branch’s records on this computer. Enter the branch’s details and create the
          first manager account.
        </p>
        <GovForm form={form} submitLabel="Create the branch" grid={false}>
          <fieldset className="fieldset">
            <legend>The branch</legend>
            <div className="form-grid">
              <TextField label="Provider organisation" autoComplete="organization" {...form.field('providerName')} />
              <TextField
                label="Provider id (optional)"
                hint="Your organisation’s own reference"
                {...form.field('providerId')}
              />
              <TextField label="Branch name" {...form.field('branchName')} />
              <TextField
                label="Neighbourhood"
                hint="For example, South-East Lewisham"
                {...form.field('neighbourhood')}
              />
              <TextField label="CQC location id (optional)" hint="Like 1-123456789" {...form.field('cqcLocationId')} />
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>The first manager</legend>
            <div className="form-grid">
              <TextField
                label="First name"
                autoComplete="given-name"
                {...form.field('givenName', 'manager.givenName')}
              />
              <TextField
                label="Last name"
                autoComplete="family-name"
                {...form.field('familyName', 'manager.familyName')}
              />
              <TextField label="Username" autoComplete="username" {...form.field('username', 'manager.username')} />
              <TextField
                label="Password"
                type="password"
                autoComplete="new-password"
                hint="At least 8 characters; a few unrelated words make a strong one"
                {...form.field('password', 'manager.password')}
              />
            </div>
          </fieldset>
        </GovForm>
        <hr />
        <Banner title="Just looking?">
          Explore with a made-up branch of about 150 staff, with one account for each role.
        </Banner>
        <ErrorSummary error={demo.error} />
        <Button variant="secondary" disabled={demo.isPending} onClick={() => demo.mutate({})}>
          {demo.isPending ? 'Creating the demo branch…' : 'Explore with demo data'}
        </Button>
      </div>
    </div>
  );
}
