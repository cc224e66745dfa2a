import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { SickPaySchemePreview } from '@shared/contract/procedures/sick-pay-scheme';
import type { SickPayScheme } from '@shared/domain/policy/sick-pay';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { Banner, PageHeader, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { toNumber, toNumberOrNull, useProcedureForm } from '@renderer/components/use-form';
import { schemeItems } from './band-text';
import { CheckScheme } from './CheckScheme';

type Values = Record<string, string>;

function valuesOf(scheme: SickPayScheme): Values {
  const values: Values = { waitingDays: String(scheme.waitingDays) };
  scheme.bands.forEach((b, i) => {
    values[`from${i}`] = String(b.fromServiceMonths);
    values[`to${i}`] = b.toServiceMonths === null ? '' : String(b.toServiceMonths);
    values[`full${i}`] = String(b.fullPayWeeks);
    values[`half${i}`] = String(b.halfPayWeeks);
  });
  return values;
}

function schemeOf(values: Values, count: number) {
  return {
    waitingDays: toNumber(values.waitingDays),
    bands: Array.from({ length: count }, (_, i) => ({
      fromServiceMonths: toNumber(values[`from${i}`]),
      toServiceMonths: toNumberOrNull(values[`to${i}`]),
      fullPayWeeks: toNumber(values[`full${i}`]),
      halfPayWeeks: toNumber(values[`half${i}`]),
    })),
  };
}

/**
 * The branch's occupational sick pay scheme, for the manager: bands by length of service and waiting days, edited with
 * errors at each field (overlapping bands refused at the band that overlaps), then checked before saving, because
 * saving pays every recorded sickness again under the new scheme.
 */
export function SickPaySchemePage() {
  const api = useApi();
  const query = useQuery(procedureQuery(api, 'policy.sickPayScheme', {}));
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <>
      <PageHeader caption="Branch" title="Occupational sick pay scheme" />
      <QueryState isLoading={query.isLoading} error={query.error} what="the sick pay scheme">
        {query.data && (
          <>
            {saved !== null && (
              <Banner tone="success">
                Scheme saved. {saved === 1 ? '1 recorded sickness was' : `${saved} recorded sicknesses were`} paid again
                under it.
              </Banner>
            )}
            <SchemeEditor
              key={JSON.stringify(query.data)}
              scheme={query.data}
              onSaved={(absences) => setSaved(absences)}
            />
          </>
        )}
      </QueryState>
    </>
  );
}

function SchemeEditor({ scheme, onSaved }: { scheme: SickPayScheme; onSaved: (absences: number) => void }) {
  const [count, setCount] = useState(scheme.bands.length);
  const [checked, setChecked] = useState<SickPaySchemePreview | null>(null);
  const form = useProcedureForm('policy.previewSickPayScheme', {
    id: 'sick-pay',
    initial: valuesOf(scheme),
    toInput: (v) => schemeOf(v, count),
    onSuccess: (preview) => setChecked(preview),
  });
  if (checked)
    return (
      <CheckScheme
        preview={checked}
        onChange={() => setChecked(null)}
        onSaved={() => {
          setChecked(null);
          onSaved(checked.absences);
        }}
      />
    );
  return (
    <>
      <Panel title="In force now">
        <SummaryList items={schemeItems(scheme)} />
      </Panel>
      <Panel title="Change the scheme">
        <p>
          Each band gives so many weeks at full pay and then at half pay, in any 12 months, to workers whose service
          falls in it. Bands may not overlap. You check the change before it is saved.
        </p>
        <GovForm form={form} submitLabel="Check the change" grid={false}>
          <TextField
            label="Waiting days"
            hint="Days at the start of each absence the scheme does not pay (statutory sick pay still may), 0 to 7"
            inputMode="numeric"
            className="input--narrow"
            {...form.field('waitingDays')}
          />
          {Array.from({ length: count }, (_, i) => (
            <fieldset key={i} className="fieldset">
              <legend>Band {i + 1}</legend>
              <div className="form-grid">
                <TextField
                  label={`Band ${i + 1}: from (months of service)`}
                  inputMode="numeric"
                  className="input--narrow"
                  {...form.field(`from${i}`, `bands.${i}.fromServiceMonths`)}
                />
                <TextField
                  label={`Band ${i + 1}: up to (months of service)`}
                  hint="Leave blank for no end"
                  inputMode="numeric"
                  className="input--narrow"
                  {...form.field(`to${i}`, `bands.${i}.toServiceMonths`)}
                />
                <TextField
                  label={`Band ${i + 1}: weeks at full pay`}
                  inputMode="numeric"
                  className="input--narrow"
                  {...form.field(`full${i}`, `bands.${i}.fullPayWeeks`)}
                />
                <TextField
                  label={`Band ${i + 1}: weeks at half pay`}
                  inputMode="numeric"
                  className="input--narrow"
                  {...form.field(`half${i}`, `bands.${i}.halfPayWeeks`)}
                />
              </div>
              {count > 1 && i === count - 1 && (
                <Button variant="secondary" onClick={() => setCount(count - 1)}>
                  Remove band {i + 1}
                </Button>
              )}
            </fieldset>
          ))}
          <div className="button-row">
            <Button variant="secondary" onClick={() => setCount(count + 1)}>
              Add a band
            </Button>
          </div>
        </GovForm>
      </Panel>
    </>
  );
}
