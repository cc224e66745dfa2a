import type { AccountView } from '@council/accounts/account-service';
import type { LiveSession } from '@council/accounts/sessions';
import type { TokenStatus } from '@council/tokens/token-service';
import { formatInstant } from '@council/web/format';
import { html, type Html } from '@council/web/html';
import { csrfField, errorSummary, textField } from '@council/web/layout';

/** A field's error, named by the field's id. */
export interface FieldError {
  field: string;
  message: string;
}

const USERNAME_HINT = 'Lower-case letters, digits, dots or dashes, for example j.khan';

/** Sign in. */
export function signInPage(errors: readonly FieldError[], username = ''): Html {
  return html`<h1>Sign in</h1>
    ${errorSummary(errors)}
    <form method="post" action="/sign-in" novalidate>
      ${textField({ name: 'username', label: 'Username', value: username, autocomplete: 'username', errors })}
      ${textField({ name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password', errors })}
      <button type="submit" class="button">Sign in</button>
    </form>`;
}

/** Choose a new password (required after a temporary one). */
export function passwordPage(session: LiveSession, errors: readonly FieldError[], done = false): Html {
  return html`<h1>${session.account.mustChangePassword ? 'Choose a new password' : 'Change password'}</h1>
    ${done ? html`<div class="notice" role="status">Your password has been changed.</div>` : null}
    ${
      session.account.mustChangePassword
        ? html`<p>You signed in with a one-time password. Choose your own before going on.</p>`
        : null
    }
    ${errorSummary(errors)}
    <form method="post" action="/password" novalidate>
      ${csrfField(session)}
      ${textField({ name: 'current', label: 'Current (or one-time) password', type: 'password', errors })}
      ${textField({
        name: 'password',
        label: 'New password',
        type: 'password',
        autocomplete: 'new-password',
        hint: 'At least 10 characters. Three or four ordinary words together make a strong password.',
        errors,
      })}
      ${textField({ name: 'again', label: 'New password again', type: 'password', errors })}
      <button type="submit" class="button">Save the new password</button>
    </form>`;
}

/** The admin's accounts page: the list with actions, and the form to add one. */
export function accountsPage(
  session: LiveSession,
  accounts: readonly AccountView[],
  errors: readonly FieldError[],
  values: { username?: string; displayName?: string; role?: string },
  issued: { username: string; password: string } | null,
): Html {
  return html`<h1>Accounts</h1>
    ${
      issued
        ? html`<div class="notice" role="status">
            <h2>One-time password for ${issued.username}</h2>
            <p>Give it to them in person or by phone; it is shown only now. They choose their own when they sign in.</p>
            <p class="secret"><strong>${issued.password}</strong></p>
          </div>`
        : null
    }
    ${errorSummary(errors)}
    <div class="table-scroll" role="region" aria-label="Accounts" tabindex="0">
      <table>
        <caption class="visually-hidden">
          Accounts
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Username</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          ${accounts.map(
            (a) =>
              html`<tr>
                <th scope="row">${a.displayName}</th>
                <td>${a.username}</td>
                <td>${a.role === 'admin' ? 'Admin' : 'Read only'}</td>
                <td>${a.disabled ? 'Disabled' : a.mustChangePassword ? 'Waiting for first sign-in' : 'Active'}</td>
                <td>
                  ${
                    a.id === session.account.id
                      ? html`<span class="muted">This is you</span>`
                      : html`<a href="/admin/accounts/confirm?action=reset&amp;id=${a.id}"
                            >Reset password<span class="visually-hidden"> for ${a.displayName}</span></a
                          >
                          ·
                          <a href="/admin/accounts/confirm?action=${a.disabled ? 'enable' : 'disable'}&amp;id=${a.id}"
                            >${a.disabled ? 'Enable' : 'Disable'}<span class="visually-hidden">
                              ${a.displayName}</span
                            ></a
                          >`
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h2>Add an account</h2>
    <form method="post" action="/admin/accounts" novalidate>
      ${csrfField(session)} ${textField({ name: 'displayName', label: 'Name', value: values.displayName, errors })}
      ${textField({ name: 'username', label: 'Username', value: values.username, hint: USERNAME_HINT, errors })}
      <div class="form-group">
        <label for="role">Role</label>
        <select id="role" name="role">
          <option value="reader" ${values.role !== 'admin' ? html`selected` : null}>
            Read only: sees the borough view
          </option>
          <option value="admin" ${values.role === 'admin' ? html`selected` : null}>
            Admin: also manages accounts and sees branch tokens
          </option>
        </select>
      </div>
      <button type="submit" class="button">Create the account</button>
    </form>`;
}

/** Ask before a far-reaching action on an account, saying what will happen. */
export function confirmPage(session: LiveSession, action: 'reset' | 'disable' | 'enable', account: AccountView): Html {
  const what = {
    reset: {
      title: `Reset the password for ${account.displayName}?`,
      body:
        'Their current password stops working and they are signed out. ' +
        'You will be shown a one-time password to give them.',
      button: 'Reset the password',
    },
    disable: {
      title: `Disable ${account.displayName}?`,
      body: 'They are signed out at once and cannot sign in until an admin enables the account again.',
      button: 'Disable the account',
    },
    enable: {
      title: `Enable ${account.displayName}?`,
      body: 'They can sign in again with their password.',
      button: 'Enable the account',
    },
  }[action];
  return html`<h1>${what.title}</h1>
    <p>${what.body}</p>
    <form method="post" action="/admin/accounts/${action}">
      ${csrfField(session)}
      <input type="hidden" name="id" value="${account.id}" />
      <div class="button-row">
        <button type="submit" class="button ${action === 'enable' ? '' : 'warning'}">${what.button}</button>
        <a href="/admin/accounts">Cancel</a>
      </div>
    </form>`;
}

/** The branch tokens' status (never the tokens). */
export function tokensPage(tokens: readonly TokenStatus[]): Html {
  return html`<h1>Branch tokens</h1>
    <p>
      Each branch sends its summaries with its own token. Tokens are made and revoked on the council's server with
      <code>npm run council:token -- create --branch &lt;id&gt;</code> and <code>revoke --branch &lt;id&gt;</code>; only
      a fingerprint of each is kept here, so a lost token cannot be shown again, only replaced.
    </p>
    <div class="table-scroll" role="region" aria-label="Branch tokens" tabindex="0">
      <table>
        <caption class="visually-hidden">
          Branch tokens
        </caption>
        <thead>
          <tr>
            <th scope="col">Branch</th>
            <th scope="col">Note</th>
            <th scope="col">Made</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          ${tokens.map(
            (t) =>
              html`<tr>
                <th scope="row">${t.branchId}</th>
                <td>${t.label ?? ''}</td>
                <td>${formatInstant(t.createdAt)}</td>
                <td>${t.lastUsedAt ? formatInstant(t.lastUsedAt) : 'Not yet'}</td>
                <td>${t.revokedAt ? `Revoked ${formatInstant(t.revokedAt)}` : 'Live'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** A page that is not there, or not for this account. */
export function notFoundPage(): Html {
  return html`<h1>Page not found</h1>
    <p>Check the address, or go to the <a href="/borough">borough view</a>.</p>`;
}

/** A page only admins may use. */
export function forbiddenPage(): Html {
  return html`<h1>You cannot use this page</h1>
    <p>Only admin accounts manage accounts and see branch tokens. Ask an admin if you need this.</p>`;
}
