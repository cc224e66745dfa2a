import type { OpenEcmRows } from '@shared/domain/actuals/ecm-import';
import { SelectField, TextAreaField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { useProcedureForm } from '@renderer/components/use-form';
import { rowTimes } from './call-monitoring-words';

type OpenRow = OpenEcmRows['rows'][number];

/** Resolve one unmatched call monitoring row: attach it to one of that day's visits, or set it aside with why. */
export function ResolveRowPanel({ row, onDone }: { row: OpenRow; onDone: () => void }) {
  const candidates = row.candidates.map((c) => ({ value: `${c.isoWeek}|${c.visitId}|${c.staffId}`, label: c.label }));
  const attach = useProcedureForm('actuals.resolveCallMonitoringRow', {
    id: `attach-${row.line}`,
    initial: { visit: '' },
    toInput: (v) => {
      const [isoWeek = '', visitId = '', staffId = ''] = v.visit.split('|');
      return { action: 'attach' as const, id: row.id ?? '', isoWeek, visitId, staffId };
    },
    onSuccess: onDone,
  });
  const setAside = useProcedureForm('actuals.resolveCallMonitoringRow', {
    id: `set-aside-${row.line}`,
    initial: { note: '' },
    toInput: (v) => ({ action: 'set_aside' as const, id: row.id ?? '', note: v.note }),
    onSuccess: onDone,
  });
  return (
    <>
      <h3>
        Line {row.line}: {row.workerRef} at {row.personName}, {rowTimes(row)}
      </h3>
      <p>{row.reason}.</p>
      <GovForm form={attach} submitLabel="Attach to this visit" grid={false}>
        <SelectField
          {...attach.field('visit', 'visitId')}
          label="The visit these times belong to"
          options={candidates}
          placeholder={candidates.length === 0 ? 'No visits on the published rota that day' : 'Choose the visit'}
        />
      </GovForm>
      <GovForm form={setAside} submitLabel="Set this row aside" submitVariant="secondary" grid={false}>
        <TextAreaField
          {...setAside.field('note')}
          label="Why it is set aside"
          hint="For example: a training shadow visit"
        />
      </GovForm>
    </>
  );
}
