import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  AccountError,
  changePassword,
  checkSignIn,
  createAccount,
  findAccount,
  listAccounts,
  resetPassword,
  setDisabled,
} from '@council/accounts/account-service';
import { endSession, liveSession, startSession, type LiveSession } from '@council/accounts/sessions';
import { latestCsv, trendsCsv } from '@council/borough/borough-csv';
import { boroughView } from '@council/borough/borough-view';
import type { CouncilClock, CouncilIds } from '@council/clock';
import type { CouncilStore } from '@council/db/open-council-store';
import { sameSecret } from '@council/secrets';
import { listTokens } from '@council/tokens/token-service';
import { COUNCIL_CSS } from './council-css';
import type { Html } from './html';
import { readBody, redirect, send } from './http';
import { page } from './layout';
import {
  accountsPage,
  confirmPage,
  forbiddenPage,
  notFoundPage,
  passwordPage,
  signInPage,
  tokensPage,
  type FieldError,
} from './pages/account-pages';
import { boroughPage } from './pages/borough-page';

/** What the web pages need. */
export interface WebDeps {
  store: CouncilStore;
  clock: CouncilClock;
  ids: CouncilIds;
  onError(error: unknown): void;
}

const COOKIE = 'council_session';
const FORM_LIMIT = 16 * 1024;

type Request = { req: IncomingMessage; res: ServerResponse; path: string; query: URLSearchParams };
type Form = URLSearchParams;

/** The commissioners' pages: sign-in, the borough view with its CSV exports, and the admin pages. */
export function createWebHandler(deps: WebDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const db = deps.store.db;
  const html = (
    res: ServerResponse,
    status: number,
    title: string,
    session: LiveSession | null,
    body: Html,
    current?: 'borough' | 'accounts' | 'tokens' | 'password',
  ) => send(res, status, 'text/html; charset=utf-8', page({ title, session, body, current }));

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://council.invalid');
    const r: Request = { req, res, path: url.pathname, query: url.searchParams };
    if (r.path === '/assets/council.css' && req.method === 'GET') {
      send(res, 200, 'text/css; charset=utf-8', COUNCIL_CSS, { 'Cache-Control': 'max-age=300' });
      return;
    }
    if (req.method === 'POST' && !sameOrigin(req)) {
      send(res, 403, 'text/plain; charset=utf-8', 'Forms must be sent from this site');
      return;
    }
    const session = await liveSession(db, deps.clock, cookieOf(req));

    if (r.path === '/sign-in') {
      if (req.method === 'GET') return html(res, 200, 'Sign in', null, signInPage([]));
      const form = await readForm(req);
      if (!form)
        return html(res, 413, 'Sign in', null, signInPage([{ field: 'username', message: 'The form was too large' }]));
      return signIn(r, form);
    }
    if (!session) {
      if (req.method === 'GET') return redirect(res, '/sign-in');
      return send(res, 401, 'text/plain; charset=utf-8', 'Sign in first');
    }
    let form: Form | null = null;
    if (req.method === 'POST') {
      form = await readForm(req);
      if (!form || !sameSecret(form.get('csrf') ?? '', session.csrfToken)) {
        return send(
          res,
          403,
          'text/plain; charset=utf-8',
          'This form has expired; go back, reload the page and try again',
        );
      }
    }
    if (r.path === '/sign-out' && form) {
      await endSession(db, cookieOf(req) ?? '');
      return redirect(res, '/sign-in', { 'Set-Cookie': cookie(req, '', 0) });
    }
    if (r.path === '/password') {
      if (!form) return html(res, 200, 'Password', session, passwordPage(session, [], r.query.has('done')), 'password');
      return changeOwnPassword(r, session, form);
    }
    if (session.account.mustChangePassword) return redirect(res, '/password');
    if (r.path === '/' && req.method === 'GET') return redirect(res, '/borough');
    if (r.path.startsWith('/borough') && req.method === 'GET') return borough(r, session);
    if (r.path.startsWith('/admin/')) {
      if (session.account.role !== 'admin') return html(res, 403, 'Not for this account', session, forbiddenPage());
      return admin(r, session, form);
    }
    return html(res, 404, 'Page not found', session, notFoundPage());
  };

  async function signIn(r: Request, form: Form): Promise<void> {
    const username = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    const errors: FieldError[] = [];
    if (!username) errors.push({ field: 'username', message: 'Enter your username' });
    if (!password) errors.push({ field: 'password', message: 'Enter your password' });
    if (errors.length === 0) {
      const result = await checkSignIn(db, deps.clock, username, password);
      if (result.ok) {
        const token = await startSession(db, deps.clock, result.account.id);
        return redirect(r.res, result.account.mustChangePassword ? '/password' : '/borough', {
          'Set-Cookie': cookie(r.req, token, 12 * 60 * 60),
        });
      }
      errors.push({ field: 'password', message: result.message });
    }
    html(r.res, 400, 'Sign in', null, signInPage(errors, username));
  }

  async function changeOwnPassword(r: Request, session: LiveSession, form: Form): Promise<void> {
    const errors: FieldError[] = [];
    const next = form.get('password') ?? '';
    if (!form.get('current')) errors.push({ field: 'current', message: 'Enter your current (or one-time) password' });
    if (!next) errors.push({ field: 'password', message: 'Enter a new password' });
    else if (next !== form.get('again'))
      errors.push({ field: 'again', message: 'The two new passwords are not the same' });
    if (errors.length === 0) {
      try {
        await changePassword(db, deps.clock, session.account.id, form.get('current') ?? '', next);
        return redirect(r.res, session.account.mustChangePassword ? '/borough' : '/password?done');
      } catch (error) {
        if (!(error instanceof AccountError)) throw error;
        errors.push({ field: error.field, message: error.message });
      }
    }
    html(r.res, 400, 'Password', session, passwordPage(session, errors), 'password');
  }

  async function borough(r: Request, session: LiveSession): Promise<void> {
    const neighbourhood = r.query.get('neighbourhood')?.trim() || null;
    if (r.path === '/borough') {
      const view = await boroughView(db, neighbourhood);
      return html(r.res, 200, 'Borough view', session, boroughPage(view), 'borough');
    }
    if (r.path === '/borough/latest.csv' || r.path === '/borough/trends.csv') {
      const latest = r.path === '/borough/latest.csv';
      const view = await boroughView(db, neighbourhood, { charts: !latest });
      const date = deps.clock.now().toISOString().slice(0, 10);
      return send(r.res, 200, 'text/csv; charset=utf-8', latest ? latestCsv(view) : trendsCsv(view), {
        'Content-Disposition': `attachment; filename="borough-${latest ? 'latest' : 'trends'}-${date}.csv"`,
      });
    }
    html(r.res, 404, 'Page not found', session, notFoundPage());
  }

  async function admin(r: Request, session: LiveSession, form: Form | null): Promise<void> {
    if (r.path === '/admin/tokens' && !form) {
      return html(r.res, 200, 'Branch tokens', session, tokensPage(await listTokens(db)), 'tokens');
    }
    if (r.path === '/admin/accounts' && !form) {
      return html(
        r.res,
        200,
        'Accounts',
        session,
        accountsPage(session, await listAccounts(db), [], {}, null),
        'accounts',
      );
    }
    if (r.path === '/admin/accounts' && form) {
      const input = {
        username: form.get('username') ?? '',
        displayName: form.get('displayName') ?? '',
        role: form.get('role') === 'admin' ? ('admin' as const) : ('reader' as const),
      };
      try {
        const made = await createAccount(db, deps.clock, deps.ids, input);
        const issued = { username: made.account.username, password: made.temporaryPassword };
        return html(
          r.res,
          201,
          'Accounts',
          session,
          accountsPage(session, await listAccounts(db), [], {}, issued),
          'accounts',
        );
      } catch (error) {
        if (!(error instanceof AccountError)) throw error;
        const errors = error.all;
        return html(
          r.res,
          400,
          'Accounts',
          session,
          accountsPage(session, await listAccounts(db), errors, input, null),
          'accounts',
        );
      }
    }
    if (r.path === '/admin/accounts/confirm' && !form) {
      const action = r.query.get('action');
      const target = await findAccount(db, r.query.get('id') ?? '');
      if (
        !target ||
        (action !== 'reset' && action !== 'disable' && action !== 'enable') ||
        target.id === session.account.id
      )
        return html(r.res, 404, 'Page not found', session, notFoundPage());
      return html(r.res, 200, 'Are you sure?', session, confirmPage(session, action, target), 'accounts');
    }
    const action = /^\/admin\/accounts\/(reset|disable|enable)$/.exec(r.path)?.[1];
    if (action && form) {
      const target = await findAccount(db, form.get('id') ?? '');
      if (!target || target.id === session.account.id)
        return html(r.res, 404, 'Page not found', session, notFoundPage());
      if (action === 'reset') {
        const password = await resetPassword(db, target.id);
        const issued = { username: target.username, password };
        return html(
          r.res,
          200,
          'Accounts',
          session,
          accountsPage(session, await listAccounts(db), [], {}, issued),
          'accounts',
        );
      }
      try {
        await setDisabled(db, deps.clock, target.id, action === 'disable');
      } catch (error) {
        if (!(error instanceof AccountError)) throw error;
        const errors = [{ field: 'displayName', message: error.message }];
        return html(
          r.res,
          400,
          'Accounts',
          session,
          accountsPage(session, await listAccounts(db), errors, {}, null),
          'accounts',
        );
      }
      return redirect(r.res, '/admin/accounts');
    }
    html(r.res, 404, 'Page not found', session, notFoundPage());
  }
}

async function readForm(req: IncomingMessage): Promise<Form | null> {
  const read = await readBody(req, FORM_LIMIT);
  return read.ok ? new URLSearchParams(read.body.toString('utf8')) : null;
}

function cookieOf(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return rest.join('=') || null;
  }
  return null;
}

// Secure whenever the council's TLS terminator says the browser used HTTPS; plain on loopback tests.
function cookie(req: IncomingMessage, value: string, maxAgeSeconds: number): string {
  const secure = req.headers['x-forwarded-proto'] === 'https' ? '; Secure' : '';
  return `${COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

// A form posted from another site is refused even before its CSRF token is read.
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return origin === undefined;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
