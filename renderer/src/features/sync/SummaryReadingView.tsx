import type { SummaryReading, SuppressedCell } from '@shared/domain/sync/sync-views';
import { DataTable, type Column } from '@renderer/components/DataTable';

const HELD_COLUMNS: Column<SuppressedCell>[] = [
  { key: 'where', header: 'Figure', render: (c) => c.where },
  { key: 'sent', header: 'Sent as', width: '8em', render: (c) => <span className="mono">{c.sent}</span> },
  { key: 'why', header: 'Why', render: (c) => c.why },
];

/**
 * A summary as the manager reads it before or after it goes: the plain-language lines, the figures held back and
 * why, and the exact JSON with each held-back figure marked.
 */
export function SummaryReadingView({ reading }: { reading: SummaryReading }) {
  return (
    <div className="sync-reading">
      {reading.lines.map((section) => (
        <section key={section.heading} aria-label={section.heading}>
          <h3>{section.heading}</h3>
          <ul className="list">
            {section.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
      <h3>Figures held back</h3>
      <p>
        No group of fewer than 5 people or events can be picked out from a summary. These figures are sent as
        &ldquo;&lt;5&rdquo; or held back, and are marked in the JSON below.
      </p>
      <DataTable
        label="Figures held back"
        columns={HELD_COLUMNS}
        rows={reading.suppressed}
        rowKey={(c) => c.path}
        empty="None: every figure in this summary is large enough to send."
      />
      <h3>Exactly what is sent</h3>
      <JsonWithMarks json={reading.json} />
    </div>
  );
}

// Each line of the pretty-printed JSON holding a held-back value is marked, so it can be found by eye and, through
// the mark's text, by a screen reader.
function JsonWithMarks({ json }: { json: string }) {
  return (
    <pre className="sync-json" tabIndex={0} aria-label="The summary as JSON">
      {json.split('\n').map((line, i) =>
        /: "(<5|withheld)",?$/.test(line) ? (
          <mark key={i}>
            {line}
            <span className="visually-hidden"> (held back)</span>
            {'\n'}
          </mark>
        ) : (
          <span key={i}>
            {line}
            {'\n'}
          </span>
        ),
      )}
    </pre>
  );
}
