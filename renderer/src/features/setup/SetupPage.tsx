import { useState } from 'react';
import { useApi } from '@renderer/api/api-context';
import { Button } from '@renderer/components/Button';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner } from '@renderer/components/Layout';
import { orNull, useForm } from '@renderer/components/use-form';
import { formErrorsFrom } from '@renderer/components/form-errors';

const FORM = 'setup';

/** First run: create the branch and its first manager, or explore with demo data. */
export function SetupPage({ onDone }: { onDone: () => Promise<void> }) {
  const api = useApi();
  const form = useForm({
    providerName: '',
    providerId: '',
    branchName: '',
    neighbourhood: '',
    cqcLocationId: '',
    givenName: '',
    familyName: '',
    username: '',
    password: '',
  });
  const [demo, setDemo] = useState<{ password: string; accounts: { username: string; role: string }[] } | null>(null);
  const [demoPending, setDemoPending] = useState(false);
  const { values } = form;

  const create = () =>
    form.submit(async () => {
      await api.call('setup.createBranch', {
        providerName: values.providerName,
        providerId: orNull(values.providerId),
        branchName: values.branchName,
        neighbourhood: values.neighbourhood,
        cqcLocationId: orNull(values.cqcLocationId),
        manager: {
          givenName: values.givenName,
          familyName: values.familyName,
          username: values.username,
          password: values.password,
        },
      });
      await onDone();
    });

  const createDemo = async () => {
    setDemoPending(true);
    try {
      setDemo(await api.call('setup.createDemo', {}));
    } catch (error) {
      form.setErrors(formErrorsFrom(error));
    } finally {
      setDemoPending(false);
    }
  };

  if (demo) {
    return (
      <div className="centred">
        <div className="centred__card">
          <h1>The demo branch is ready</h1>
          <p>
            Sign in as any of these people with the password <strong className="mono">{demo.password}</strong>:
          </p>
          <ul>
            {demo.accounts.map((a) => (
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

  // Field errors for the nested manager object arrive as `manager.givenName`; the inputs use the same keys.
  return (
    <div className="centred">
      <div className="centred__card centred__card--wide">
        <h1>Set up this branch</h1>
        <p>
          Neighbourhood Hub keeps this branch’s records on this computer. Enter the branch’s details and create the
          first manager account.
        </p>
        <GovForm
          formId={FORM}
          errors={form.errors}
          pending={form.pending}
          submitLabel="Create the branch"
          grid={false}
          onSubmit={() => void create()}
        >
          <fieldset className="fieldset">
            <legend>The branch</legend>
            <div className="form-grid">
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Provider organisation"
                autoComplete="organization"
                {...form.bind('providerName')}
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Provider id (optional)"
                hint="Your organisation’s own reference"
                {...form.bind('providerId')}
              />
              <TextField formId={FORM} errors={form.errors} label="Branch name" {...form.bind('branchName')} />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Neighbourhood"
                hint="For example, South-East Lewisham"
                {...form.bind('neighbourhood')}
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="CQC location id (optional)"
                hint="Like 1-123456789"
                {...form.bind('cqcLocationId')}
              />
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>The first manager</legend>
            <div className="form-grid">
              <TextField
                formId={FORM}
                errors={form.errors}
                label="First name"
                autoComplete="given-name"
                {...form.bind('givenName')}
                name="manager.givenName"
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Last name"
                autoComplete="family-name"
                {...form.bind('familyName')}
                name="manager.familyName"
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Username"
                autoComplete="username"
                {...form.bind('username')}
                name="manager.username"
              />
              <TextField
                formId={FORM}
                errors={form.errors}
                label="Password"
                type="password"
                autoComplete="new-password"
                hint="At least 8 characters; a few unrelated words make a strong one"
                {...form.bind('password')}
                name="manager.password"
              />
            </div>
          </fieldset>
        </GovForm>
        <hr />
        <Banner title="Just looking?">
          Explore with a made-up branch of about 150 staff, with one account for each role.
        </Banner>
        <Button variant="secondary" disabled={demoPending} onClick={() => void createDemo()}>
          {demoPending ? 'Creating the demo branch…' : 'Explore with demo data'}
        </Button>
      </div>
    </div>
  );
}
