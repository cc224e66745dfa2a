import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { TRAVEL_MODE_LABELS, type TravelModeName } from '@shared/domain/availability/availability';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { SelectField, TextField } from '@renderer/components/Field';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { toNumber } from '@renderer/components/use-form';
import { Panel, QueryState } from '@renderer/components/Layout';

const MODES = Object.keys(TRAVEL_MODE_LABELS) as TravelModeName[];
const FORM = 'travel';

/** Travel between this person and the others their team visits: estimates, recorded times, and a correction form. */
export function TravelPanel({ clientId }: { clientId: string }) {
  const api = useApi();
  const review = useQuery(procedureQuery(api, 'clients.teamTravel', { clientId }));
  const [to, setTo] = useState('');
  const [mode, setMode] = useState<TravelModeName>('walk');
  const [minutes, setMinutes] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (clear: boolean) => {
    try {
      // Only the Clear button sends null; a blank or mistyped entry is NaN, which the backend refuses by name.
      await api.call('clients.recordTravel', {
        fromId: clientId,
        toId: to,
        mode,
        minutes: clear ? null : toNumber(minutes),
      });
      setErrors(NO_ERRORS);
      setSaved(
        clear
          ? 'Recorded time cleared: the estimate applies again.'
          : 'Recorded time saved: it now wins over the estimate.',
      );
      await review.refetch();
    } catch (error) {
      setSaved(null);
      setErrors(formErrorsFrom(error));
    }
  };

  return (
    <QueryState isLoading={review.isLoading} error={review.error}>
      {review.data && (
        <>
          <Panel title="Travel to the other people this team visits">
            <p className="field__hint">
              Minutes, estimated from straight-line distance and travel mode; a recorded time (bold) always wins.
            </p>
            {review.data.pairs.length === 0 ? (
              <p className="muted">The team visits nobody else yet.</p>
            ) : (
              <table className="simple-table">
                <caption className="visually-hidden">Travel times</caption>
                <thead>
                  <tr>
                    <th scope="col">To</th>
                    <th scope="col">Distance</th>
                    {MODES.map((m) => (
                      <th scope="col" key={m}>
                        {TRAVEL_MODE_LABELS[m]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {review.data.pairs.map((p) => (
                    <tr key={p.toId}>
                      <td>{p.toName}</td>
                      <td>{p.km.toFixed(2)} km</td>
                      {MODES.map((m) => (
                        <td key={m}>
                          {p.recorded[m] !== null ? <strong>{p.recorded[m]} (recorded)</strong> : p.estimated[m]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Panel>
          <Panel title="Correct a travel time">
            {saved && <p role="status">{saved}</p>}
            <GovForm
              formId={FORM}
              errors={errors}
              pending={false}
              submitLabel="Record the time"
              onSubmit={() => void submit(false)}
              actions={
                <Button variant="secondary" onClick={() => void submit(true)}>
                  Clear the recorded time
                </Button>
              }
            >
              <SelectField
                formId={FORM}
                errors={errors}
                name="toId"
                label="To"
                options={review.data.pairs.map((p) => ({ value: p.toId, label: p.toName }))}
                placeholder="Choose a person"
                value={to}
                onChange={(e) => setTo(e.target.value)}
              />
              <SelectField
                formId={FORM}
                errors={errors}
                name="mode"
                label="Travel mode"
                options={MODES.map((m) => ({ value: m, label: TRAVEL_MODE_LABELS[m] }))}
                value={mode}
                onChange={(e) => setMode(e.target.value as TravelModeName)}
              />
              <TextField
                formId={FORM}
                errors={errors}
                name="minutes"
                label="Actual minutes"
                inputMode="numeric"
                className="input--narrow"
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
              />
            </GovForm>
          </Panel>
        </>
      )}
    </QueryState>
  );
}
