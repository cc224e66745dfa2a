import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  REPEAT_LABELS,
  WEEKDAY_NAMES,
  idealWeekTotals,
  type IdealWeekItemInput,
  type IdealWeekView,
  type RepeatPattern,
} from '@shared/domain/clients/ideal-week';
import type { ClientTeam } from '@shared/domain/clients/team';
import { SKILLS, type Skill } from '@shared/domain/skills';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { fieldId, formErrorsFrom, NO_ERRORS, type FormErrors } from '@renderer/components/form-errors';
import { Banner, PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { formatDate, formatInstant, formatMinute, parseClockTime } from '@shared/domain/time/format';
import { mondayOfDate } from '@shared/domain/time/iso-week';
import { useToday } from '@renderer/app/use-clock';
import { hoursText, needLabel } from './people-options';
import './people.css';

const FORM = 'idealweek';
const DAY_START = 6 * 60;
const DAY_END = 24 * 60;
const PX_PER_MINUTE = 0.6;

interface Draft extends IdealWeekItemInput {
  key: number;
}

/** The ideal week co-designed with the person, edited on a Monday-to-Sunday grid and saved as a new version. */
export function IdealWeekPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const person = useQuery(procedureQuery(api, 'clients.get', { id }));
  const week = useQuery(procedureQuery(api, 'clients.getIdealWeek', { clientId: id }));
  const team = useQuery(procedureQuery(api, 'clients.getTeam', { id }));
  return (
    <QueryState
      isLoading={person.isLoading || week.isLoading || team.isLoading}
      error={person.error ?? week.error ?? team.error}
    >
      {person.data && week.data && team.data && (
        <>
          <PageHeader
            caption={`${person.data.givenName} ${person.data.familyName}`}
            title="Ideal week"
            actions={
              <Link className="button button--secondary" to={`/people/${id}`}>
                Back to the person
              </Link>
            }
          />
          <Editor key={week.data.version?.id ?? 'none'} view={week.data} team={team.data} />
        </>
      )}
    </QueryState>
  );
}

function blankItem(weekday: number, key: number): Draft {
  return {
    key,
    weekday,
    startMinute: 8 * 60,
    durationMinutes: 45,
    workersNeeded: 1,
    purpose: '',
    requiredSkills: [],
    flexMinutes: 15,
    preferredWorkerIds: [],
    agreedShortVisit: false,
    repeat: 'weekly',
  };
}

function Editor({ view, team }: { view: IdealWeekView; team: ClientTeam }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<Draft[]>(() => (view.version?.items ?? []).map((item, key) => ({ ...item, key })));
  const [nextKey, setNextKey] = useState(items.length);
  const [editing, setEditing] = useState<number | null>(null);
  const today = useToday();
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [anchorDate, setAnchorDate] = useState(view.version?.anchorDate ?? mondayOfDate(today));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const totals = useMemo(() => idealWeekTotals(items), [items]);
  const names = new Map(team.members.map((m) => [m.staffId, m.name]));
  const current = items.find((i) => i.key === editing) ?? null;

  const update = (key: number, change: Partial<IdealWeekItemInput>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i)));
  const add = (weekday: number) => {
    const draft = blankItem(weekday, nextKey);
    setItems((list) => [...list, draft]);
    setEditing(nextKey);
    setNextKey((k) => k + 1);
  };

  const save = async () => {
    setPending(true);
    try {
      const ordered = items.map(({ key: _key, ...item }) => item);
      await api.call('clients.saveIdealWeek', {
        clientId: view.clientId,
        effectiveFrom,
        anchorDate,
        note: note.trim() === '' ? null : note,
        items: ordered,
      });
      setErrors(NO_ERRORS);
      setSaved(
        `Saved: this version applies from ${formatDate(effectiveFrom)}. Earlier weeks keep the version they had.`,
      );
      await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('clients.') });
    } catch (error) {
      setSaved(null);
      setErrors(itemErrors(formErrorsFrom(error), items));
    } finally {
      setPending(false);
    }
  };

  const hours = Array.from({ length: (DAY_END - DAY_START) / 60 }, (_, i) => DAY_START + i * 60);
  return (
    <>
      <ErrorSummary errors={errors} formId={FORM} />
      {saved && <Banner tone="success">{saved}</Banner>}
      <div className="stat-grid">
        <div className="stat">
          <span className="stat__value">{hoursText(totals.minutes)}</span>
          <span className="stat__label">a week (alternate weeks count half)</span>
        </div>
        <div className="stat">
          <span className="stat__value">{totals.visits}</span>
          <span className="stat__label">visits a week</span>
        </div>
        <div className="stat">
          <span className="stat__value">{totals.doubleUps}</span>
          <span className="stat__label">double-up visits</span>
        </div>
        <div className="stat">
          <span className="stat__value">{team.members.length}</span>
          <span className="stat__label">workers in the team</span>
        </div>
      </div>
      <div className="week-grid" role="group" aria-label="The ideal week, Monday to Sunday">
        <div className="week-grid__times" aria-hidden="true">
          {hours.map((m) => (
            <div key={m} className="week-grid__hour" style={{ height: 60 * PX_PER_MINUTE }}>
              {formatMinute(m)}
            </div>
          ))}
        </div>
        {WEEKDAY_NAMES.map((day, index) => {
          const weekday = index + 1;
          const dayItems = items.filter((i) => i.weekday === weekday).sort((a, b) => a.startMinute - b.startMinute);
          return (
            <div key={day} className="week-grid__day">
              <div className="week-grid__head">
                <strong>{day}</strong>
                <Button variant="link" onClick={() => add(weekday)}>
                  Add<span className="visually-hidden"> a visit on {day}</span>
                </Button>
              </div>
              <div className="week-grid__body" style={{ height: (DAY_END - DAY_START) * PX_PER_MINUTE }}>
                {dayItems.map((item) => {
                  const index = items.indexOf(item);
                  const hasError = errors.summary.some((e) => e.key === `items.${index}`);
                  const top = Math.max(0, item.startMinute - DAY_START) * PX_PER_MINUTE;
                  const height = Math.max(18, item.durationMinutes * PX_PER_MINUTE);
                  const overlapsBefore = dayItems.filter(
                    (o) =>
                      o !== item &&
                      o.startMinute < item.startMinute + item.durationMinutes &&
                      item.startMinute < o.startMinute + o.durationMinutes &&
                      dayItems.indexOf(o) < dayItems.indexOf(item),
                  ).length;
                  return (
                    <button
                      key={item.key}
                      id={fieldId(FORM, `items.${index}`)}
                      type="button"
                      className={[
                        'visit-card',
                        item.workersNeeded === 2 ? 'visit-card--double' : '',
                        item.repeat !== 'weekly' ? 'visit-card--alternate' : '',
                        hasError ? 'visit-card--error' : '',
                        editing === item.key ? 'visit-card--selected' : '',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      style={{ top, height, left: `${overlapsBefore * 12}%` }}
                      aria-label={
                        `${day} ${formatMinute(item.startMinute)}, ${item.durationMinutes} ` +
                        `minutes${item.workersNeeded === 2 ? ', two workers' : ''}` +
                        `${item.repeat !== 'weekly' ? `, ${REPEAT_LABELS[item.repeat]}` : ''}: ` +
                        `` +
                        `` +
                        `` +
                        `${item.purpose || 'no purpose yet'}`
                      }
                      onClick={() => setEditing(item.key)}
                    >
                      <span className="visit-card__time">
                        {formatMinute(item.startMinute)} · {item.durationMinutes}′
                        {item.workersNeeded === 2 ? ' · ×2' : ''}
                        {item.repeat === 'week_a' ? ' · A' : item.repeat === 'week_b' ? ' · B' : ''}
                      </span>
                      <span className="visit-card__purpose">{item.purpose}</span>
                    </button>
                  );
                })}
              </div>
            </div>
          );
        })}
      </div>
      {current && (
        <ItemForm
          key={current.key}
          item={current}
          team={team}
          names={names}
          onChange={(change) => update(current.key, change)}
          onRemove={() => {
            setItems((list) => list.filter((i) => i.key !== current.key));
            setEditing(null);
          }}
          onClose={() => setEditing(null)}
        />
      )}
      <Panel title="Save as a new version">
        <div className="form-grid">
          <div className={`field${errors.byField.effectiveFrom ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor={fieldId(FORM, 'effectiveFrom')}>
              In force from
            </label>
            <span className="field__hint">Today or later; weeks before keep the plan they had</span>
            {errors.byField.effectiveFrom && <span className="field__error">{errors.byField.effectiveFrom}</span>}
            <input
              id={fieldId(FORM, 'effectiveFrom')}
              className="input input--narrow"
              type="date"
              value={effectiveFrom}
              onChange={(e) => setEffectiveFrom(e.target.value)}
            />
          </div>
          <div className={`field${errors.byField.anchorDate ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor={fieldId(FORM, 'anchorDate')}>
              Week A starts on
            </label>
            <span className="field__hint">A Monday; alternate-week visits count from it</span>
            {errors.byField.anchorDate && <span className="field__error">{errors.byField.anchorDate}</span>}
            <input
              id={fieldId(FORM, 'anchorDate')}
              className="input input--narrow"
              type="date"
              value={anchorDate}
              onChange={(e) => setAnchorDate(e.target.value)}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={fieldId(FORM, 'note')}>
              Note (optional)
            </label>
            <span className="field__hint">For example, what changed at the review</span>
            <input
              id={fieldId(FORM, 'note')}
              className="input"
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
        </div>
        <Button onClick={() => void save()} disabled={pending}>
          Save the ideal week
        </Button>
      </Panel>
      <Panel title="Versions">
        {view.versions.length === 0 ? (
          <p className="muted">No ideal week saved yet.</p>
        ) : (
          <table className="simple-table">
            <caption className="visually-hidden">Versions of the ideal week</caption>
            <thead>
              <tr>
                <th scope="col">In force from</th>
                <th scope="col">Visits</th>
                <th scope="col">Saved by</th>
                <th scope="col">Saved at</th>
              </tr>
            </thead>
            <tbody>
              {view.versions.map((v) => (
                <tr key={v.id}>
                  <td>
                    {formatDate(v.effectiveFrom)}
                    {v.id === view.version?.id ? ' (shown)' : ''}
                  </td>
                  <td>{v.itemCount}</td>
                  <td>{v.createdBy}</td>
                  <td>{formatInstant(v.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}

/** Errors about items point at the item's card, and say which visit they are about. */
function itemErrors(errors: FormErrors, items: readonly Draft[]): FormErrors {
  const byField: Record<string, string> = {};
  const summary: FormErrors['summary'] = [];
  for (const entry of errors.summary) {
    const match = /^items\.(\d+)/.exec(entry.key);
    const item = match ? items[Number(match[1])] : undefined;
    const key = match ? `items.${match[1]}` : entry.key;
    const message = item
      ? `${WEEKDAY_NAMES[item.weekday - 1] ?? ''} ${formatMinute(item.startMinute)}: ${entry.message}`
      : entry.message;
    if (!summary.some((s) => s.key === key && s.message === message)) summary.push({ key, message });
    byField[key] ??= message;
  }
  return { summary, byField, general: errors.general };
}

function ItemForm({
  item,
  team,
  names,
  onChange,
  onRemove,
  onClose,
}: {
  item: Draft;
  team: ClientTeam;
  names: Map<string, string>;
  onChange: (change: Partial<IdealWeekItemInput>) => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const [time, setTime] = useState(formatMinute(item.startMinute));
  const id = (name: string) => `item-${item.key}-${name}`;
  const toggleSkill = (skill: Skill, on: boolean) =>
    onChange({ requiredSkills: on ? [...item.requiredSkills, skill] : item.requiredSkills.filter((s) => s !== skill) });
  const togglePreferred = (staffId: string, on: boolean) =>
    onChange({
      preferredWorkerIds: on
        ? [...item.preferredWorkerIds, staffId]
        : item.preferredWorkerIds.filter((s) => s !== staffId),
    });
  return (
    <Panel title={`Visit on ${WEEKDAY_NAMES[item.weekday - 1] ?? ''} at ${formatMinute(item.startMinute)}`}>
      <div className="form-grid">
        <div className="field">
          <label className="field__label" htmlFor={id('weekday')}>
            Day
          </label>
          <select
            id={id('weekday')}
            className="select"
            value={item.weekday}
            onChange={(e) => onChange({ weekday: Number(e.target.value) })}
          >
            {WEEKDAY_NAMES.map((d, i) => (
              <option key={d} value={i + 1}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('start')}>
            Start time
          </label>
          <input
            id={id('start')}
            className="input input--narrow"
            type="time"
            value={time}
            onChange={(e) => {
              setTime(e.target.value);
              const minute = parseClockTime(e.target.value);
              if (minute !== null) onChange({ startMinute: minute });
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('duration')}>
            Duration (minutes)
          </label>
          <input
            id={id('duration')}
            className="input input--narrow"
            type="number"
            min={1}
            value={Number.isNaN(item.durationMinutes) ? '' : item.durationMinutes}
            onChange={(e) => onChange({ durationMinutes: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('workers')}>
            Workers needed
          </label>
          <select
            id={id('workers')}
            className="select"
            value={item.workersNeeded}
            onChange={(e) => onChange({ workersNeeded: e.target.value === '2' ? 2 : 1 })}
          >
            <option value={1}>1</option>
            <option value={2}>2 (double-up)</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('flex')}>
            Start flexibility (± minutes)
          </label>
          <input
            id={id('flex')}
            className="input input--narrow"
            type="number"
            min={0}
            value={item.flexMinutes}
            onChange={(e) => onChange({ flexMinutes: Number(e.target.value) })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('repeat')}>
            Repeats
          </label>
          <select
            id={id('repeat')}
            className="select"
            value={item.repeat}
            onChange={(e) => onChange({ repeat: e.target.value as RepeatPattern })}
          >
            {(Object.keys(REPEAT_LABELS) as RepeatPattern[]).map((r) => (
              <option key={r} value={r}>
                {REPEAT_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={id('purpose')}>
          What the visit is for, in the person’s words
        </label>
        <input
          id={id('purpose')}
          className="input input--wide"
          value={item.purpose}
          onChange={(e) => onChange({ purpose: e.target.value })}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={item.agreedShortVisit}
          onChange={(e) => onChange({ agreedShortVisit: e.target.checked })}
        />
        Agreed short visit (visits under 30 minutes are refused unless the person agreed to one)
      </label>
      <fieldset className="fieldset">
        <legend>Skills this visit needs</legend>
        <div className="checkbox-grid">
          {SKILLS.map((skill) => (
            <label className="checkbox" key={skill}>
              <input
                type="checkbox"
                checked={item.requiredSkills.includes(skill)}
                onChange={(e) => toggleSkill(skill, e.target.checked)}
              />
              {needLabel(skill)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Preferred workers (from the team)</legend>
        {team.members.length === 0 ? (
          <p className="muted">The team is empty.</p>
        ) : (
          <div className="checkbox-grid">
            {team.members.map((m) => (
              <label className="checkbox" key={m.staffId}>
                <input
                  type="checkbox"
                  checked={item.preferredWorkerIds.includes(m.staffId)}
                  onChange={(e) => togglePreferred(m.staffId, e.target.checked)}
                />
                {names.get(m.staffId)}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div className="button-row">
        <Button variant="secondary" onClick={onClose}>
          Done
        </Button>
        <Button variant="warning" onClick={onRemove}>
          Remove this visit
        </Button>
      </div>
    </Panel>
  );
}
