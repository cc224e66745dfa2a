import { useState } from 'react';
import { formatInstant } from '@shared/domain/time/format';
import { ApiError } from '@renderer/api/api-client';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, Panel } from '@renderer/components/Layout';
import { ReauthForm } from '@renderer/features/staff/Sections';

/**
 * The recovery phrase opens the backups; it is shown once, after the manager enters their password again. Written
 * down and kept away from this computer, it lets the branch restore on a new PC, and a lost backup drive opens to no
 * one without it.
 */
export function RecoveryPhrasePanel({ shownAt }: { shownAt: string | null }) {
  const reveal = useProcedureMutation('backup.showPhrase');
  const [phrase, setPhrase] = useState<string | null>(null);
  const needReauth = reveal.error instanceof ApiError && reveal.error.reason === 'reauth_required';
  const show = () => reveal.mutate({}, { onSuccess: (out) => setPhrase(out.phrase) });
  return (
    <Panel title="Recovery phrase">
      {phrase !== null ? (
        <Banner tone="warning" title="Write this down now: it will not be shown again">
          <p className="mono" aria-label="Recovery phrase">
            {phrase}
          </p>
          <p>
            Keep it on paper with the branch&rsquo;s records, away from this computer. You need it to restore any
            backup. Without it nobody, including you, can open them.
          </p>
        </Banner>
      ) : shownAt !== null ? (
        <p>
          The recovery phrase was shown on {formatInstant(shownAt)}. It is not shown again: you need the copy that was
          written down to restore a backup.
        </p>
      ) : (
        <>
          <p>Backups are encrypted. The recovery phrase opens them: it is shown once, so have pen and paper ready.</p>
          <ErrorSummary error={needReauth ? null : reveal.error} />
          {needReauth ? (
            <ReauthForm
              intro="Enter your password again to see the recovery phrase; this is recorded in the audit log."
              submitLabel="Show the recovery phrase"
              onConfirmed={show}
            />
          ) : (
            <div className="button-row">
              <Button disabled={reveal.isPending} onClick={show}>
                Show the recovery phrase
              </Button>
            </div>
          )}
        </>
      )}
    </Panel>
  );
}
