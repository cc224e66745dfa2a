import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupFile } from '@shared/domain/backup/backup';
import { formatInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { orNull, useProcedureForm } from '@renderer/components/use-form';
import { headWords, kindWords, sizeWords } from './backup-words';
import { RecoveryPhrasePanel } from './RecoveryPhrasePanel';
import { RestoreBackup } from './RestoreBackup';
import { ScheduleForm } from './ScheduleForm';

/** Back up now, to the automatic folder or one the manager picks (a USB drive). */
function BackupNowForm({ folder }: { folder: string | null }) {
  const form = useProcedureForm('backup.now', {
    id: 'backup-now',
    initial: { folder: folder ?? '' },
    toInput: (v) => ({ folder: orNull(v.folder) }),
    success: (file) => `Backed up on ${formatInstant(file.createdAt)} to ${file.path}.`,
  });
  return (
    <GovForm form={form} submitLabel="Back up now">
      <TextField
        label="Folder"
        hint="A folder on this computer or a USB drive, not a network share. The backup is encrypted."
        {...form.field('folder')}
      />
    </GovForm>
  );
}

/** The manager's backups page: the recovery phrase, backing up now, the schedule, and restoring. */
export function BackupPage() {
  const api = useApi();
  const status = useQuery(procedureQuery(api, 'backup.status', {}));
  const [restoring, setRestoring] = useState<string | null>(null);
  const columns: Column<BackupFile>[] = [
    { key: 'createdAt', header: 'Made', width: '13em', render: (b) => formatInstant(b.createdAt) },
    { key: 'kind', header: 'By', width: '12em', render: (b) => kindWords(b.kind) },
    { key: 'size', header: 'Size', width: '6em', render: (b) => sizeWords(b.bytes) },
    {
      key: 'head',
      header: 'Audit log’s last entry',
      render: (b) => <span className="mono">{headWords(b.auditHead)}</span>,
    },
    {
      key: 'restore',
      header: 'Restore',
      width: '9em',
      render: (b) => (
        <Button
          variant="secondary"
          aria-label={`Restore the backup of ${formatInstant(b.createdAt)}`}
          onClick={() => setRestoring(b.path)}
        >
          Restore
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageHeader title="Backups" caption="Encrypted copies of everything the app holds" />
      <QueryState isLoading={status.isLoading} error={status.error} what="the backups">
        {status.data && (
          <>
            {status.data.lastProblem && (
              <Banner tone="warning" title="The last automatic backup did not work">
                <p>{status.data.lastProblem}</p>
              </Banner>
            )}
            {restoring !== null ? (
              <RestoreBackup file={restoring} onClose={() => setRestoring(null)} />
            ) : (
              <>
                <RecoveryPhrasePanel shownAt={status.data.phraseShownAt} />
                <Panel title="Back up now">
                  <BackupNowForm folder={status.data.folder} />
                </Panel>
                <Panel title="Backups in the automatic folder">
                  <DataTable
                    label="Backups"
                    columns={columns}
                    rows={status.data.backups}
                    rowKey={(b) => b.path}
                    empty="No backups in this folder yet."
                  />
                  <div className="button-row">
                    <Button variant="secondary" onClick={() => setRestoring('')}>
                      Restore a backup from another folder
                    </Button>
                  </div>
                </Panel>
                <Panel title="Automatic backups">
                  <ScheduleForm status={status.data} />
                </Panel>
              </>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
