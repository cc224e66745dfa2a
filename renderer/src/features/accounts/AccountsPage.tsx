import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS, Role } from '@shared/contract/roles';
import type { Account, TemporaryPassword } from '@shared/domain/auth/accounts';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, Tag } from '@renderer/components/Layout';
import { useForm } from '@renderer/components/use-form';
import { formatInstant } from '@shared/domain/time/format';

const FORM = 'account';

/** Managers create named accounts, reset passwords to one-time ones, and disable accounts. */
export function AccountsPage() {
  const api = useApi();
  const accounts = useQuery(procedureQuery(api, 'accounts.list', {}));
  const staff = useQuery(procedureQuery(api, 'staff.list', { status: 'active', limit: 5000 }));
  const reset = useProcedureMutation('accounts.resetPassword', ['accounts']);
  const disable = useProcedureMutation('accounts.setDisabled', ['accounts']);
  const bulk = useProcedureMutation('accounts.createForStaff', ['accounts']);
  const [issued, setIssued] = useState<TemporaryPassword[]>([]);
  const [actionError, setActionError] = useState<string | null>(null);
  const form = useForm({ username: '', displayName: '', role: 'worker', staffId: '' });

  const linked = new Set((accounts.data ?? []).map((a) => a.staffId).filter(Boolean));
  const withoutAccount = (staff.data?.rows ?? []).filter((s) => !linked.has(s.id));

  const run = async (action: () => Promise<TemporaryPassword | TemporaryPassword[] | Account>) => {
    setActionError(null);
    try {
      const result = await action();
      if (Array.isArray(result)) setIssued(result);
      else if ('temporaryPassword' in result) setIssued([result]);
    } catch (error) {
      setActionError((error as Error).message);
    }
  };

  const columns: Column<Account>[] = [
    { key: 'name', header: 'Name', width: 'minmax(180px, 2fr)', render: (a) => a.displayName },
    {
      key: 'username',
      header: 'Username',
      width: 'minmax(140px, 1fr)',
      render: (a) => <span className="mono">{a.username}</span>,
    },
    {
      key: 'roles',
      header: 'Roles',
      width: 'minmax(160px, 1.2fr)',
      render: (a) => a.roles.map((r) => ROLE_LABELS[r]).join(', '),
    },
    {
      key: 'last',
      header: 'Last sign-in',
      width: '170px',
      render: (a) => (a.lastSignInAt ? a.lastSignInAt.slice(0, 16).replace('T', ' ') : 'Never'),
    },
    {
      key: 'state',
      header: 'State',
      width: '200px',
      render: (a) =>
        a.disabled ? (
          <Tag tone="grey">Disabled</Tag>
        ) : a.mustChangePassword ? (
          <Tag tone="amber">Temporary password</Tag>
        ) : (
          <Tag tone="green">Active</Tag>
        ),
    },
    {
      key: 'actions',
      header: 'Actions',
      width: '230px',
      render: (a) => (
        <span className="button-row" style={{ marginTop: 0 }}>
          <Button
            variant="link"
            onClick={() => void run(() => reset.mutateAsync({ accountId: a.id }))}
            aria-label={`Reset password for ${a.displayName}`}
          >
            Reset password
          </Button>
          <Button
            variant="link"
            onClick={() => void run(() => disable.mutateAsync({ accountId: a.id, disabled: !a.disabled }))}
            aria-label={`${a.disabled ? 'Enable' : 'Disable'} ${a.displayName}`}
          >
            {a.disabled ? 'Enable' : 'Disable'}
          </Button>
        </span>
      ),
    },
  ];

  return (
    <>
      <PageHeader title="Accounts" caption="Named accounts only: never share a login" />
      {actionError && <Banner tone="error">{actionError}</Banner>}
      {issued.length > 0 && (
        <Banner tone="success" title="Temporary passwords (shown once).">
          Give each person their own; they choose a new one when they first sign in.
          {issued[0] && ` Each works until ${formatInstant(issued[0].expiresAt)}; after that, reset it again.`}
          <ul>
            {issued.map((t) => (
              <li key={t.accountId}>
                <span className="mono">{t.username}</span>: <strong className="mono">{t.temporaryPassword}</strong>
              </li>
            ))}
          </ul>
        </Banner>
      )}
      <DataTable label="Accounts" columns={columns} rows={accounts.data ?? []} rowKey={(a) => a.id} height={420} />
      <Panel title="Accounts for wellbeing workers">
        <p>{withoutAccount.length} active staff records have no account yet.</p>
        <Button
          variant="secondary"
          disabled={withoutAccount.length === 0 || bulk.isPending}
          onClick={() =>
            void run(() => bulk.mutateAsync({ staffIds: withoutAccount.map((s) => s.id), roles: ['worker'] }))
          }
        >
          Create worker accounts for all of them
        </Button>
      </Panel>
      <Panel title="Create one account">
        <GovForm
          formId={FORM}
          errors={form.errors}
          pending={form.pending}
          submitLabel="Create the account"
          onSubmit={() =>
            void form.submit(async () => {
              const role = Role.parse(form.values.role);
              setIssued([
                await api.call('accounts.create', {
                  username: form.values.username,
                  displayName: form.values.displayName,
                  roles: [role],
                  staffId: form.values.staffId || null,
                }),
              ]);
              await accounts.refetch();
            })
          }
        >
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Username"
            autoComplete="off"
            {...form.bind('username')}
          />
          <TextField
            formId={FORM}
            errors={form.errors}
            label="Display name"
            autoComplete="off"
            {...form.bind('displayName')}
          />
          <SelectField
            formId={FORM}
            errors={form.errors}
            label="Role"
            options={Role.options.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            {...form.bind('role')}
            name="roles"
          />
          <SelectField
            formId={FORM}
            errors={form.errors}
            label="Staff record"
            hint="Every account except a visitor’s belongs to a staff record"
            placeholder="None (visitor)"
            options={withoutAccount.map((s) => ({
              value: s.id,
              label: `${s.familyName}, ${s.givenName} (${s.reference})`,
            }))}
            {...form.bind('staffId')}
          />
        </GovForm>
      </Panel>
    </>
  );
}
