import { useState } from 'react';
import { PRESENCE_KIND_LABELS, type RollCall, type RollCallLine } from '@shared/domain/hub/safety';
import { formatInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { downloadBase64 } from '@renderer/components/files';
import { Banner, Panel } from '@renderer/components/Layout';

/** An open roll call: tick each person safe at the assembly point, print the list, close it when all are found. */
export function RollCallPanel({ rollCall }: { rollCall: RollCall }) {
  const api = useApi();
  const mark = useProcedureMutation('hub.markSafe');
  const end = useProcedureMutation('hub.endRollCall');
  const [printError, setPrintError] = useState<string | null>(null);
  const open = rollCall.endedAt === null;
  const print = async () => {
    setPrintError(null);
    try {
      const file = await api.call('hub.rollCallPdf', { rollCallId: rollCall.id });
      downloadBase64(file.filename, file.mediaType, file.base64);
    } catch (error) {
      setPrintError(error instanceof Error ? error.message : 'The list could not be made.');
    }
  };
  const columns: Column<RollCallLine>[] = [
    {
      key: 'safe',
      header: 'Safe',
      width: '6em',
      render: (l) => (
        <input
          type="checkbox"
          className="roll-call__tick"
          aria-label={`${l.name} is safe`}
          checked={l.safeAt !== null}
          disabled={!open || mark.isPending}
          onChange={(e) => mark.mutate({ rollCallId: rollCall.id, presenceId: l.presenceId, safe: e.target.checked })}
        />
      ),
    },
    { key: 'name', header: 'Name', rowHeader: true, render: (l) => l.name, sortValue: (l) => l.name },
    { key: 'kind', header: 'Who', width: '8em', render: (l) => PRESENCE_KIND_LABELS[l.kind] },
    { key: 'organisation', header: 'Organisation', render: (l) => l.organisationName ?? '' },
    { key: 'floor', header: 'Floor', render: (l) => l.floorName },
    { key: 'space', header: 'Space', render: (l) => l.spaceName ?? '' },
    { key: 'marked', header: 'Marked by', render: (l) => l.markedBy ?? '' },
  ];
  return (
    <Panel title={open ? 'Roll call' : 'Last roll call'}>
      {open ? (
        <Banner tone="error" title={`${rollCall.safe} of ${rollCall.total} people marked safe.`}>
          Started {formatInstant(rollCall.startedAt)} by {rollCall.startedBy}. The kiosk takes no sign-ins until you
          close the roll call.
        </Banner>
      ) : (
        <p>
          {formatInstant(rollCall.startedAt)}: {rollCall.safe} of {rollCall.total} people marked safe; closed by{' '}
          {rollCall.endedBy ?? 'someone'}.
        </p>
      )}
      {(mark.error ?? end.error) && <Banner tone="error">{(mark.error ?? end.error)?.message}</Banner>}
      {printError && <Banner tone="error">{printError}</Banner>}
      <div className="button-row">
        <Button variant="secondary" onClick={() => void print()}>
          Print the list (PDF)
        </Button>
        {open && (
          <ConfirmAction
            label="Close the roll call"
            confirmLabel="Yes, close the roll call"
            title="Close the roll call?"
            variant="primary"
            pending={end.isPending}
            onConfirm={() => end.mutate({ rollCallId: rollCall.id })}
          >
            <p>
              {rollCall.total - rollCall.safe} people are not marked safe. The kiosk takes sign-ins again once it is
              closed.
            </p>
          </ConfirmAction>
        )}
      </div>
      <DataTable label="Roll call" columns={columns} rows={rollCall.lines} rowKey={(l) => l.presenceId} />
    </Panel>
  );
}
