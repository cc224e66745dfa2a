import { useState } from 'react';
import type { BoardVisit, RotaWeekView } from '@shared/domain/rota-board/board';
import { nextStepsFor, skillLabel } from '@shared/domain/rota-board/next-steps';
import { formatDate, formatMinute, formatWeekInSentence } from '@shared/domain/time/format';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, SummaryList } from '@renderer/components/Layout';
import { hoursText } from './rota-format';

/** Each worker with at least one visit: they are the ones told when the week is published. */
export function workersWithVisits(week: RotaWeekView): number {
  return new Set(week.visits.flatMap((v) => v.workerIds)).size;
}

function uncoveredColumns(): Column<BoardVisit>[] {
  return [
    {
      key: 'when',
      header: 'Visit',
      render: (v) => `${formatDate(v.date)}, ${formatMinute(v.startMinute)} (${hoursText(v.durationMinutes)})`,
    },
    { key: 'person', header: 'Person', render: (v) => v.clientName },
    {
      key: 'why',
      header: 'Why nobody could take it',
      render: (v) =>
        v.unassignedReasons.length === 0
          ? 'Left without a worker on the board.'
          : v.unassignedReasons.map((r) => r.message).join('; ') +
            (v.requiredSkills.length > 0 ? ` (needs ${v.requiredSkills.map(skillLabel).join(', ')})` : ''),
    },
    {
      key: 'todo',
      header: 'What is left to do',
      render: (v) => (
        <ul className="check-answers__steps">
          {nextStepsFor(v.unassignedReasons).map((step) => (
            <li key={step}>{step}.</li>
          ))}
        </ul>
      ),
    },
  ];
}

type HoursRow = RotaWeekView['workers'][number];
const HOURS_COLUMNS: Column<HoursRow>[] = [
  { key: 'name', header: 'Worker', render: (w) => w.name },
  { key: 'planned', header: 'Planned', render: (w) => hoursText(w.plannedMinutes) },
  { key: 'guaranteed', header: 'Guaranteed', render: (w) => hoursText(w.guaranteedMinutes) },
  {
    key: 'difference',
    header: 'Difference',
    render: (w) =>
      w.plannedMinutes > w.guaranteedMinutes
        ? `${hoursText(w.plannedMinutes - w.guaranteedMinutes)} more`
        : `${hoursText(w.guaranteedMinutes - w.plannedMinutes)} fewer`,
  },
];

/**
 * Check before publishing (GOV.UK check answers): what will go out, drawn from the week as it was when the page
 * opened. Publishing sends that version's stamp, so a week changed meanwhile is refused rather than sent unseen.
 */
export function PublishCheck({
  week: live,
  onBack,
  onPublished,
}: {
  /** The week as the board has it now; the page keeps the version it was first drawn from. */
  week: RotaWeekView;
  onBack: () => void;
  onPublished: (told: number) => void;
}) {
  const [drawn, setDrawn] = useState(live);
  const publish = useProcedureMutation('rota.publish');
  const uncovered = drawn.visits.filter((v) => v.workerIds.length === 0);
  const above = drawn.workers.filter((w) => w.plannedMinutes > w.guaranteedMinutes);
  const below = drawn.workers.filter((w) => w.plannedMinutes < w.guaranteedMinutes);
  const told = workersWithVisits(drawn);
  const changedSince = live.stamp !== drawn.stamp;
  return (
    <div className="check-answers">
      <h2>Check the {formatWeekInSentence(drawn.isoWeek)} before you publish it</h2>
      <ErrorSummary error={publish.error} />
      {changedSince && (
        <Banner tone="warning" title="This week has changed since this page was drawn.">
          <p>Someone edited or planned it again. Check the new version before publishing.</p>
          <Button
            variant="secondary"
            onClick={() => {
              publish.reset();
              setDrawn(live);
            }}
          >
            Show the week as it is now
          </Button>
        </Banner>
      )}
      <SummaryList
        items={[
          {
            key: 'Visits covered',
            value: `${drawn.visits.length - uncovered.length} of ${drawn.visits.length}`,
          },
          {
            key: 'Visits without a worker',
            value: uncovered.length === 0 ? 'None' : `${uncovered.length} (listed below, with what is left to do)`,
          },
          { key: 'Workers above their guaranteed hours', value: String(above.length) },
          { key: 'Workers below their guaranteed hours', value: String(below.length) },
          {
            key: 'Changes since the last publication',
            value:
              drawn.publishedAt === null
                ? 'This week has not been published before: each worker gets their whole week.'
                : `${drawn.changesSincePublish}`,
          },
          { key: 'Who will be told', value: `${told} worker${told === 1 ? '' : 's'}, each with their own week` },
        ]}
      />
      <h2>Visits without a worker</h2>
      {uncovered.length === 0 ? (
        <p>Every visit has a worker.</p>
      ) : (
        <DataTable label="Visits without a worker" columns={uncoveredColumns()} rows={uncovered} rowKey={(v) => v.id} />
      )}
      <h2>Workers above or below their guaranteed hours</h2>
      {above.length + below.length === 0 ? (
        <p>Every worker is planned for exactly their guaranteed hours.</p>
      ) : (
        <DataTable
          label="Workers above or below their guaranteed hours"
          columns={HOURS_COLUMNS}
          rows={[...below, ...above]}
          rowKey={(w) => w.id}
        />
      )}
      <h2>Now publish the week</h2>
      <p>
        Publishing makes this the rota workers go by. Each of the {told} workers with visits gets a notice of their week
        in the app, and a notice of every later change to it.
        {uncovered.length > 0 &&
          ` The ${uncovered.length} visit${uncovered.length === 1 ? '' : 's'} without a worker stay on the board` +
            ' for you to cover.'}
      </p>
      <div className="button-row">
        <Button
          disabled={publish.isPending || changedSince}
          onClick={() =>
            publish.mutate({ isoWeek: drawn.isoWeek, stamp: drawn.stamp }, { onSuccess: () => onPublished(told) })
          }
        >
          Publish the week
        </Button>
        <Button variant="secondary" onClick={onBack}>
          Go back to the board
        </Button>
      </div>
    </div>
  );
}
