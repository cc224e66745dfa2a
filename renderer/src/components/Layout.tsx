import type { ReactNode } from 'react';

/** A page title with an optional caption above it and actions to its right. */
export function PageHeader({ title, caption, actions }: { title: string; caption?: string; actions?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        {caption && <div className="page-header__caption">{caption}</div>}
        <h1>{title}</h1>
      </div>
      {actions && <div className="button-row">{actions}</div>}
    </div>
  );
}

/** A notice across the page. */
export function Banner({
  tone = 'info',
  title,
  children,
}: {
  tone?: 'info' | 'warning' | 'success' | 'error';
  title?: string;
  children: ReactNode;
}) {
  return (
    <div className={`banner${tone === 'info' ? '' : ` banner--${tone}`}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <span className="banner__title">{title}</span>}
      {children}
    </div>
  );
}

/** A small coloured label. */
export function Tag({
  tone = 'blue',
  children,
}: {
  tone?: 'blue' | 'grey' | 'green' | 'red' | 'amber';
  children: ReactNode;
}) {
  return <strong className={`tag${tone === 'blue' ? '' : ` tag--${tone}`}`}>{children}</strong>;
}

/** A white panel grouping related content. */
export function Panel({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <section className="panel" aria-label={title}>
      {title && <h2>{title}</h2>}
      {children}
    </section>
  );
}

/** Key-value pairs (GOV.UK summary list). */
export function SummaryList({ items }: { items: { key: string; value: ReactNode }[] }) {
  return (
    <dl className="summary-list">
      {items.map((item) => (
        <div key={item.key} style={{ display: 'contents' }}>
          <dt>{item.key}</dt>
          <dd>{item.value ?? <span className="muted">Not recorded</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The one way a failed load shows: what could not be loaded, and why. Nothing when there is no error. */
export function QueryError({ error, what = 'this page' }: { error: Error | null; what?: string }) {
  if (!error) return null;
  return (
    <Banner tone="error" title={`Could not load ${what}.`}>
      {error.message}
    </Banner>
  );
}

/** Loading and failure states shared by every page: the content once loaded, else "Loading…" or the QueryError. */
export function QueryState({
  isLoading,
  error,
  what,
  children,
}: {
  isLoading: boolean;
  error: Error | null;
  what?: string;
  children: ReactNode;
}) {
  if (isLoading) return <p role="status">Loading…</p>;
  if (error) return <QueryError error={error} what={what} />;
  return <>{children}</>;
}
