import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS } from '@shared/contract/roles';
import type { Account, TemporaryPassword } from '@shared/domain/auth/accounts';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryError, Tag } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { useProcedureForm } from '@renderer/components/use-form';
import { formatInstant } from '@shared/domain/time/format';

const ROLE_OPTIONS = optionsFrom(ROLE_LABELS);

function accountState(a: Account): string {
  return a.disabled ? 'Disabled' : a.mustChangePassword ? 'Temporary password' : 'Active';
}

/** Managers create named accounts, reset passwords to one-time ones, and disable accounts. */
export function AccountsPage() {
  const api = useApi();
  const accounts = useQuery(procedureQuery(api, 'accounts.list', {}));
  const staff = useQuery(procedureQuery(api, 'staff.list', { status: 'active', limit: 5000 }));
  const reset = useProcedureMutation('accounts.resetPassword');
  const disable = useProcedureMutation('accounts.setDisabled');
  const bulk = useProcedureMutation('accounts.createForStaff');
  const [issued, setIssued] = useState<TemporaryPassword[]>([]);
  const form = useProcedureForm('accounts.create', {
    id: 'account',
    initial: { username: '', displayName: '', role: 'worker', staffId: '' },
    toInput: (v) => ({ username: v.username, displayName: v.displayName, roles: [v.role], staffId: v.staffId || null }),
    resetOnSuccess: true,
    onSuccess: (created) => setIssued([created]),
  });
  const actionError = reset.error ?? disable.error ?? bulk.error;

  const linked = new Set((accounts.data ?? []).map((a) => a.staffId).filter(Boolean));
  const withoutAccount = (staff.data?.rows ?? []).filter((s) => !linked.has(s.id));

  const columns: Column<Account>[] = [
    { key: 'name', header: 'Name', render: (a) => a.displayName, sortValue: (a) => a.displayName },
    {
      key: 'username',
      header: 'Username',
      render: (a) => <span className="mono">{a.username}</span>,
      sortValue: (a) => a.username,
    },
    {
      key: 'roles',
      header: 'Roles',
      render: (a) => a.roles.map((r) => ROLE_LABELS[r]).join(', '),
      sortValue: (a) => a.roles.map((r) => ROLE_LABELS[r]).join(', '),
    },
    {
      key: 'last',
      header: 'Last sign-in',
      width: '11em',
      render: (a) => (a.lastSignInAt ? formatInstant(a.lastSignInAt) : 'Never'),
      sortValue: (a) => a.lastSignInAt,
    },
    {
      key: 'state',
      header: 'State',
      width: '13em',
      sortValue: accountState,
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
      width: '15em',
      render: (a) => (
        <span className="button-row" style={{ marginTop: 0 }}>
          <Button
            variant="link"
            onClick={() => reset.mutate({ accountId: a.id }, { onSuccess: (t) => setIssued([t]) })}
            aria-label={`Reset password for ${a.displayName}`}
          >
            Reset password
          </Button>
          <Button
            variant="link"
            onClick={() => disable.mutate({ accountId: a.id, disabled: !a.disabled })}
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
      <ErrorSummary error={actionError} />
      <QueryError error={accounts.error} what="the accounts" />
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
      <DataTable
        label="Accounts"
        columns={columns}
        rows={accounts.data ?? []}
        rowKey={(a) => a.id}
        initialSort={{ key: 'name', direction: 'asc' }}
        search={{ label: 'Search by name or username', text: (a) => `${a.displayName} ${a.username}` }}
        filters={[
          {
            key: 'role',
            label: 'Role',
            allLabel: 'All roles',
            options: ROLE_OPTIONS,
            value: (a) => a.roles,
          },
        ]}
        empty={accounts.isLoading ? 'Loading…' : 'No accounts yet.'}
      />
      <Panel title="Accounts for wellbeing workers">
        <p>{withoutAccount.length} active staff records have no account yet.</p>
        <ConfirmAction
          label="Create worker accounts for all of them"
          variant="secondary"
          title={`Create ${withoutAccount.length} worker account${withoutAccount.length === 1 ? '' : 's'}?`}
          confirmLabel={`Yes, create ${withoutAccount.length} account${withoutAccount.length === 1 ? '' : 's'}`}
          disabled={withoutAccount.length === 0}
          pending={bulk.isPending}
          onConfirm={() =>
            bulk.mutate({ staffIds: withoutAccount.map((s) => s.id), roles: ['worker'] }, { onSuccess: setIssued })
          }
        >
          <p>
            Each of the {withoutAccount.length} staff records without an account gets a worker account and a temporary
            password, shown once on this page for you to hand over. Each person must change it when they first sign in.
          </p>
        </ConfirmAction>
      </Panel>
      <Panel title="Create one account">
        <GovForm form={form} submitLabel="Create the account">
          <TextField label="Username" autoComplete="off" {...form.field('username')} />
          <TextField label="Display name" autoComplete="off" {...form.field('displayName')} />
          <SelectField label="Role" options={ROLE_OPTIONS} {...form.field('role', 'roles')} />
          <SelectField
            label="Staff record"
            hint="Every account except a visitor’s belongs to a staff record"
            placeholder="None (visitor)"
            options={withoutAccount.map((s) => ({
              value: s.id,
              label: `${s.familyName}, ${s.givenName} (${s.reference})`,
            }))}
            {...form.field('staffId')}
          />
        </GovForm>
      </Panel>
    </>
  );
}
