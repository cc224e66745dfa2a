import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  REPEAT_LABELS,
  WEEKDAY_NAMES,
  idealWeekTotals,
  type IdealWeekItemInput,
  type IdealWeekView,
} from '@shared/domain/clients/ideal-week';
import type { ClientTeam } from '@shared/domain/clients/team';
import { SKILLS, type Skill } from '@shared/domain/skills';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { DataTable, type Column } from '@renderer/components/DataTable';
import { TextField } from '@renderer/components/Field';
import { fieldId } from '@renderer/components/form-errors';
import { GovForm } from '@renderer/components/GovForm';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import { chosenOption, optionsFrom } from '@renderer/components/options';
import { orNull, useProcedureForm } from '@renderer/components/use-form';
import { hoursText, needLabel } from './people-options';
import './people.css';
import { formatInstant, formatMinute, parseClockTime } from '@shared/domain/time/format';
import { mondayOfDate } from '@shared/domain/time/iso-week';
import { useToday } from '@renderer/app/use-clock';

const REPEAT_OPTIONS = optionsFrom(REPEAT_LABELS);
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
  const [items, setItems] = useState<Draft[]>(() => (view.version?.items ?? []).map((item, key) => ({ ...item, key })));
  const [nextKey, setNextKey] = useState(items.length);
  const [editing, setEditing] = useState<number | null>(null);
  const totals = useMemo(() => idealWeekTotals(items), [items]);
  const names = new Map(team.members.map((m) => [m.staffId, m.name]));
  const current = items.find((i) => i.key === editing) ?? null;
  // The visits are edited on the grid, so they live beside the form; its own values are the version's details.
  const today = useToday();
  const form = useProcedureForm('clients.saveIdealWeek', {
    id: 'idealweek',
    initial: {
      effectiveFrom: today,
      anchorDate: view.version?.anchorDate ?? mondayOfDate(today),
      note: '',
    },
    toInput: (v) => ({
      clientId: view.clientId,
      effectiveFrom: v.effectiveFrom,
      anchorDate: v.anchorDate,
      note: orNull(v.note),
      items: items.map(({ key: _key, ...item }) => item),
    }),
    list: { path: 'items', label: (index) => visitLabel(items[index]) },
    success: (saved) =>
      `Saved: this version applies from ${saved.version?.effectiveFrom ?? 'the date chosen'}. ` +
      'Earlier weeks keep the version they had.',
  });
  const { errors } = form;

  const update = (key: number, change: Partial<IdealWeekItemInput>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i)));
  const add = (weekday: number) => {
    const draft = blankItem(weekday, nextKey);
    setItems((list) => [...list, draft]);
    setEditing(nextKey);
    setNextKey((k) => k + 1);
  };

  const hours = Array.from({ length: (DAY_END - DAY_START) / 60 }, (_, i) => DAY_START + i * 60);
  return (
    <>
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
                  const hasError = errors.byField[`items.${index}`] !== undefined;
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
                      id={fieldId(form.id, `items.${index}`)}
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
        <GovForm form={form} submitLabel="Save the ideal week">
          <TextField
            label="In force from"
            hint="Today or later; weeks before keep the plan they had"
            type="date"
            className="input--narrow"
            {...form.field('effectiveFrom')}
          />
          <TextField
            label="Week A starts on"
            hint="A Monday; alternate-week visits count from it"
            type="date"
            className="input--narrow"
            {...form.field('anchorDate')}
          />
          <TextField label="Note (optional)" hint="For example, what changed at the review" {...form.field('note')} />
        </GovForm>
      </Panel>
      <Panel title="Versions">
        <DataTable
          label="Versions of the ideal week"
          columns={versionColumns(view.version?.id ?? null)}
          rows={view.versions}
          rowKey={(v) => v.id}
          empty="No ideal week saved yet."
        />
      </Panel>
    </>
  );
}

/** How an error names a visit: its day and start time. */
function visitLabel(item: Draft | undefined): string | undefined {
  return item ? `${WEEKDAY_NAMES[item.weekday - 1] ?? ''} ${formatMinute(item.startMinute)}` : undefined;
}

type VersionRow = IdealWeekView['versions'][number];

function versionColumns(shownId: string | null): Column<VersionRow>[] {
  return [
    {
      key: 'from',
      header: 'In force from',
      render: (v) => `${v.effectiveFrom}${v.id === shownId ? ' (shown)' : ''}`,
    },
    { key: 'visits', header: 'Visits', render: (v) => v.itemCount },
    { key: 'by', header: 'Saved by', render: (v) => v.createdBy },
    { key: 'at', header: 'Saved at', render: (v) => formatInstant(v.createdAt) },
  ];
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
            onChange={(e) => onChange({ repeat: chosenOption(REPEAT_OPTIONS, e.target.value) || 'weekly' })}
          >
            {REPEAT_OPTIONS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
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
