import { useRef, useState } from 'react';
import type { BackupContents, RestoreResult } from '@shared/domain/backup/backup';
import { formatInstant } from '@shared/domain/time/format';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, Panel, SummaryList } from '@renderer/components/Layout';
import { useProcedureForm } from '@renderer/components/use-form';
import { headWords, kindWords } from './backup-words';

type Step =
  { at: 'choose' } | { at: 'check'; contents: BackupContents; phrase: string } | { at: 'done'; result: RestoreResult };

/**
 * Restore in the GOV.UK pattern for a far-reaching action: choose the backup and enter the recovery phrase; the app
 * opens and checks it and shows what it holds (check your answers); only then does "Restore this backup" replace the
 * store, and a confirmation says what happened and where the replaced store was kept.
 */
export function RestoreBackup({ file, onClose }: { file: string; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ at: 'choose' });
  if (step.at === 'done') return <RestoreDone result={step.result} onClose={onClose} />;
  if (step.at === 'check')
    return (
      <CheckBackupAnswers
        contents={step.contents}
        phrase={step.phrase}
        onChange={() => setStep({ at: 'choose' })}
        onRestored={(result) => setStep({ at: 'done', result })}
        onCancel={onClose}
      />
    );
  return (
    <ChooseBackup
      file={file}
      onChecked={(contents, phrase) => setStep({ at: 'check', contents, phrase })}
      onCancel={onClose}
    />
  );
}

function ChooseBackup({
  file,
  onChecked,
  onCancel,
}: {
  file: string;
  onChecked: (contents: BackupContents, phrase: string) => void;
  onCancel: () => void;
}) {
  // The phrase as sent, for the restore that follows the check.
  const sent = useRef('');
  const form = useProcedureForm('backup.check', {
    id: 'restore',
    initial: { file, phrase: '' },
    toInput: (v) => {
      sent.current = v.phrase;
      return { file: v.file.trim(), phrase: v.phrase };
    },
    onSuccess: (contents) => onChecked(contents, sent.current),
  });
  return (
    <Panel title="Restore a backup">
      <GovForm form={form} submitLabel="Check this backup" onCancel={onCancel}>
        <TextField label="Backup file" hint="The full path of the backup file" {...form.field('file')} />
        <TextField
          label="Recovery phrase"
          hint="The 52 letters and digits written down when backups were set up; spaces and dashes do not matter"
          autoComplete="off"
          spellCheck={false}
          {...form.field('phrase')}
        />
      </GovForm>
    </Panel>
  );
}

/** What the backup holds, before anything changes: the manager checks it is the one they mean. */
export function CheckBackupAnswers({
  contents,
  phrase,
  onChange,
  onRestored,
  onCancel,
}: {
  contents: BackupContents;
  phrase: string;
  onChange: () => void;
  onRestored: (result: RestoreResult) => void;
  onCancel: () => void;
}) {
  const restore = useProcedureMutation('backup.restore');
  return (
    <Panel title="Check the backup before you restore it">
      <ErrorSummary error={restore.error} />
      <SummaryList
        items={[
          { key: 'Backup made', value: formatInstant(contents.createdAt) },
          { key: 'Made by', value: kindWords(contents.kind) },
          { key: 'Branch', value: contents.branchName },
          { key: 'Staff records', value: String(contents.counts.staff) },
          { key: 'People supported', value: String(contents.counts.people) },
          { key: 'Visits', value: String(contents.counts.visits) },
          { key: 'Audit log’s last entry', value: <span className="mono">{headWords(contents.auditHead)}</span> },
          { key: 'App version', value: contents.appVersion },
          { key: 'File', value: contents.file },
        ]}
      />
      <p>
        <Button variant="secondary" onClick={onChange}>
          Choose another backup
        </Button>
      </p>
      <Banner tone="warning" title="Restoring replaces everything in the app">
        <p>
          The app will hold what this backup holds, as it was on {formatInstant(contents.createdAt)}. Anything entered
          since then will no longer be in the app. The data the app holds now is kept in a file beside it, so nothing is
          deleted. Everyone else will need to sign in again.
        </p>
      </Banner>
      <div className="button-row">
        <Button
          variant="warning"
          disabled={restore.isPending}
          onClick={() => restore.mutate({ file: contents.file, phrase }, { onSuccess: onRestored })}
        >
          {restore.isPending ? 'Restoring…' : 'Restore this backup'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </Panel>
  );
}

function RestoreDone({ result, onClose }: { result: RestoreResult; onClose: () => void }) {
  return (
    <Banner tone="success" title="Backup restored">
      <p>
        The app now holds the backup made on {formatInstant(result.restored.createdAt)}. The data it held before is kept
        at <span className="mono">{result.keptAside}</span>.
      </p>
      <p>
        To check the audit log against this backup, enter its last entry on the audit log page:{' '}
        <span className="mono">{headWords(result.restored.auditHead)}</span>.
      </p>
      <div className="button-row">
        <Button variant="secondary" onClick={onClose}>
          Back to backups
        </Button>
      </div>
    </Banner>
  );
}
