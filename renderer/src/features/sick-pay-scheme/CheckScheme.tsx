import type { SickPaySchemePreview } from '@shared/contract/procedures/sick-pay-scheme';
import { useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { SummaryList } from '@renderer/components/Layout';
import { schemeItems } from './band-text';

/**
 * Check before saving (GOV.UK check answers): the scheme proposed beside the one in force, and what saving does to
 * the sick pay already worked out. Saving sends exactly the scheme checked.
 */
export function CheckScheme({
  preview,
  onChange,
  onSaved,
}: {
  preview: SickPaySchemePreview;
  onChange: () => void;
  onSaved: () => void;
}) {
  const save = useProcedureMutation('policy.updateSickPayScheme');
  const { proposed, current } = preview;
  const sicknesses =
    preview.absences === 0
      ? 'No sickness is recorded yet: nothing already worked out changes.'
      : `${preview.absences === 1 ? '1 recorded sickness' : `${preview.absences} recorded sicknesses`} of ` +
        `${preview.workers === 1 ? '1 worker' : `${preview.workers} workers`} will be paid again under the new ` +
        'scheme: their occupational sick pay, and the payroll figures from it, may change.';
  return (
    <div className="check-answers">
      <h2>Check the new sick pay scheme before you save it</h2>
      <ErrorSummary error={save.error} />
      <SummaryList items={schemeItems(proposed)} />
      <h2>In force until you save</h2>
      <SummaryList items={schemeItems(current)} />
      <h2>Now save the scheme</h2>
      <p>{sicknesses}</p>
      <div className="button-row">
        <Button disabled={save.isPending} onClick={() => save.mutate(proposed, { onSuccess: onSaved })}>
          Save the scheme
        </Button>
        <Button variant="secondary" onClick={onChange}>
          Change the scheme
        </Button>
      </div>
    </div>
  );
}
