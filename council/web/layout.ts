import type { LiveSession } from '@council/accounts/sessions';
import { html, type Html, type HtmlValue } from './html';

/** What every page is drawn with. */
export interface PageOptions {
  title: string;
  session: LiveSession | null;
  /** Which navigation item is current. */
  current?: 'borough' | 'accounts' | 'tokens' | 'password';
  body: HtmlValue;
}

/** A whole page: skip link, header with navigation and sign-out, the main content. */
export function page(options: PageOptions): string {
  const { session } = options;
  const nav = session && !session.account.mustChangePassword ? navigation(session, options.current) : null;
  return `<!doctype html>${
    html`<html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} – Council borough view</title>
        <link rel="stylesheet" href="/assets/council.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="header">
          <div class="width">
            <span class="service-name">Homecare borough view</span>
            ${
              session
                ? html`<form method="post" action="/sign-out" class="sign-out">
                    <input type="hidden" name="csrf" value="${session.csrfToken}" />
                    <span>${session.account.displayName}</span>
                    <button type="submit" class="link-button">Sign out</button>
                  </form>`
                : null
            }
          </div>
        </header>
        ${nav}
        <main id="main" class="width" tabindex="-1">${options.body}</main>
        <footer class="footer">
          <div class="width">
            Summaries sent by homecare branches. They hold figures about groups only: counts from 1 to 4 are shown as
            “fewer than 5”, and figures that could reveal one are withheld.
          </div>
        </footer>
      </body>
    </html>`.text
  }`;
}

function navigation(session: LiveSession, current: PageOptions['current']): Html {
  const item = (key: NonNullable<PageOptions['current']>, href: string, label: string) =>
    html`<li><a href="${href}" ${current === key ? html`aria-current="page"` : null}>${label}</a></li>`;
  return html`<nav class="nav" aria-label="Main">
    <ul class="width">
      ${item('borough', '/borough', 'Borough view')}
      ${session.account.role === 'admin' ? item('accounts', '/admin/accounts', 'Accounts') : null}
      ${session.account.role === 'admin' ? item('tokens', '/admin/tokens', 'Branch tokens') : null}
      ${item('password', '/password', 'Change password')}
    </ul>
  </nav>`;
}

/** A form's error summary (GOV.UK pattern): listed at the top, each linking to its field. */
export function errorSummary(errors: readonly { field: string; message: string }[]): Html | null {
  if (errors.length === 0) return null;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
    <h2 id="error-summary-title">There is a problem</h2>
    <ul>
      ${errors.map((e) => html`<li><a href="#${e.field}">${e.message}</a></li>`)}
    </ul>
  </div>`;
}

/** A labelled text input with its error, if any. */
export function textField(options: {
  name: string;
  label: string;
  value?: string;
  type?: 'text' | 'password';
  autocomplete?: string;
  hint?: string;
  /** The form's errors; the one named for this field is shown at it. */
  errors?: readonly { field: string; message: string }[];
}): Html {
  const error = options.errors?.find((e) => e.field === options.name)?.message;
  const describedBy = [options.hint ? `${options.name}-hint` : null, error ? `${options.name}-error` : null]
    .filter(Boolean)
    .join(' ');
  return html`<div class="form-group ${error ? 'form-group-error' : ''}">
    <label for="${options.name}">${options.label}</label>
    ${options.hint ? html`<p class="hint" id="${options.name}-hint">${options.hint}</p>` : null}
    ${error ? html`<p class="error-message" id="${options.name}-error">Error: ${error}</p>` : null}
    <input
      id="${options.name}"
      name="${options.name}"
      type="${options.type ?? 'text'}"
      value="${options.value ?? ''}"
      ${options.autocomplete ? html`autocomplete="${options.autocomplete}"` : null}
      ${describedBy ? html`aria-describedby="${describedBy}"` : null}
      ${error ? html`aria-invalid="true"` : null}
    />
  </div>`;
}

/** The hidden CSRF field every form carries. */
export function csrfField(session: LiveSession): Html {
  return html`<input type="hidden" name="csrf" value="${session.csrfToken}" />`;
}
