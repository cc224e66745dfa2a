import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Strand } from '@shared/domain/training/catalogue';
import { CELL_LABELS, CELL_STATUS_BY_CODE, type CellStatus } from '@shared/domain/training/expiry';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { FilterBar, FilterSelect } from '@renderer/components/FilterBar';
import { QueryError } from '@renderer/components/Layout';
import { chosenOption, type Option } from '@renderer/components/options';
import { JOB_ROLE_OPTIONS } from '../staff/staff-options';
import { downloadText } from '@renderer/components/files';
import { STRAND_OPTIONS } from './training-ui';
import { formatDate } from '@shared/domain/time/format';

const SHORT: Record<CellStatus, string> = {
  valid: '✓',
  expiring_90: '90',
  expiring_60: '60',
  expiring_30: '30',
  expired: 'Exp',
  missing: '✗',
  not_required: '',
};
const NAME_WIDTH = 220;
type MatrixOrder = 'name' | 'worst';
const ORDER_OPTIONS: readonly Option<MatrixOrder>[] = [
  { value: 'worst', label: 'Worst compliance first' },
  { value: 'name', label: 'Name' },
];
const CELL_WIDTH = 40;

/** The training matrix: staff × required courses, virtualised rows, sticky names and a summary row. */
export function MatrixView() {
  const api = useApi();
  const [jobRole, setJobRole] = useState('');
  const [strand, setStrand] = useState<Strand | ''>('');
  const [providerId, setProviderId] = useState('');
  const [clientId, setClientId] = useState('');
  const [sort, setSort] = useState<MatrixOrder>('worst');
  const providers = useQuery(procedureQuery(api, 'training.listProviders', {}));
  // Trainers read the matrix but not the people list, so only managers and coordinators filter by team.
  const canFilterByTeam = useHasRole('manager', 'coordinator');
  const people = useQuery({
    ...procedureQuery(api, 'clients.list', { status: 'active', limit: 1000 }),
    enabled: canFilterByTeam,
  });
  const matrix = useQuery({
    ...procedureQuery(api, 'training.matrix', {
      jobRole: jobRole === '' ? null : Number(jobRole),
      strand: strand === '' ? null : strand,
      providerId: providerId === '' ? null : providerId,
      clientId: clientId === '' ? null : clientId,
    }),
    placeholderData: keepPreviousData,
  });
  const data = matrix.data;
  const rows = useMemo(() => {
    const list = [...(data?.rows ?? [])];
    if (sort === 'worst') list.sort((a, b) => b.gaps - a.gaps || a.name.localeCompare(b.name));
    return list;
  }, [data, sort]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 29,
    overscan: 15,
  });
  const courses = data?.courses ?? [];
  const template = `${NAME_WIDTH}px repeat(${courses.length}, ${CELL_WIDTH}px)`;

  const exportMatrix = useProcedureMutation('training.exportMatrix');
  const exportCsv = () => {
    exportMatrix.mutate(
      {
        jobRole: jobRole === '' ? null : Number(jobRole),
        strand: strand === '' ? null : strand,
        providerId: providerId === '' ? null : providerId,
        clientId: clientId === '' ? null : clientId,
        order: sort,
      },
      { onSuccess: (file) => downloadText(file.fileName, file.csv) },
    );
  };

  return (
    <>
      <FilterBar label="Filter the matrix">
        <FilterSelect
          id="matrix-role"
          label="Job role"
          value={jobRole}
          onChange={setJobRole}
          allLabel="All job roles"
          options={JOB_ROLE_OPTIONS}
        />
        <FilterSelect
          id="matrix-strand"
          label="Strand"
          value={strand}
          onChange={setStrand}
          allLabel="All courses"
          options={STRAND_OPTIONS}
        />
        <FilterSelect
          id="matrix-provider"
          label="Provider"
          value={providerId}
          onChange={setProviderId}
          allLabel="All providers"
          options={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
        {canFilterByTeam ? (
          <FilterSelect
            id="matrix-team"
            label="Team of"
            value={clientId}
            onChange={setClientId}
            allLabel="All teams"
            options={(people.data ?? { rows: [] }).rows.map((p) => ({
              value: p.id,
              label: `${p.preferredName ?? p.givenName} ${p.familyName}`,
            }))}
          />
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor="matrix-sort">
            Sort
          </label>
          <select
            id="matrix-sort"
            className="select"
            value={sort}
            onChange={(e) => setSort(chosenOption(ORDER_OPTIONS, e.target.value) || 'worst')}
          >
            {ORDER_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" onClick={exportCsv} disabled={!data}>
          Export CSV
        </Button>
      </FilterBar>
      <ErrorSummary error={exportMatrix.error} />
      <div className="matrix__legend" aria-label="Key">
        {(['valid', 'expiring_90', 'expiring_60', 'expiring_30', 'expired', 'missing'] as const).map((status) => (
          <span key={status}>
            <span className={`matrix__cell matrix__cell--${status}`} aria-hidden="true">
              {SHORT[status]}
            </span>
            {CELL_LABELS[status]}
          </span>
        ))}
      </div>
      <QueryError error={matrix.error} what="the matrix" />
      <div className="matrix">
        <div
          className="matrix__scroll"
          ref={scrollRef}
          role="table"
          aria-label="Training matrix"
          aria-rowcount={rows.length + 2}
          aria-colcount={courses.length + 1}
        >
          <div role="rowgroup">
            <div role="row" className="matrix__row matrix__row--head" style={{ gridTemplateColumns: template }}>
              <div role="columnheader" className="matrix__name">
                Staff ({rows.length})
              </div>
              {courses.map((course) => (
                <div key={course.id} role="columnheader" className="matrix__course" title={course.name}>
                  {course.name}
                </div>
              ))}
            </div>
            <div
              role="row"
              className="matrix__row matrix__row--summary"
              style={{ gridTemplateColumns: template, top: 171 }}
            >
              <div role="rowheader" className="matrix__name">
                Share compliant
              </div>
              {courses.map((course) => (
                <div
                  key={course.id}
                  role="cell"
                  className="matrix__cell"
                  aria-label={`${course.name}: ${Math.round(course.compliantShare * 100)}% compliant`}
                >
                  {Math.round(course.compliantShare * 100)}%
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <div
                  key={row.staffId}
                  role="row"
                  aria-rowindex={item.index + 3}
                  className="matrix__row"
                  style={{
                    gridTemplateColumns: template,
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <div role="rowheader" className="matrix__name">
                    <Link to={`/training/staff/${row.staffId}`}>{row.name}</Link>
                  </div>
                  {courses.map((course, i) => {
                    const status = CELL_STATUS_BY_CODE[row.cells[i] ?? '-'] ?? 'not_required';
                    const expiry = row.expiries[i];
                    const expires = expiry && status !== 'not_required' ? `, expires ${formatDate(expiry)}` : '';
                    const label = `${course.name}: ${CELL_LABELS[status]}${expires}`;
                    return (
                      <div
                        key={course.id}
                        role="cell"
                        className={`matrix__cell matrix__cell--${status}`}
                        title={label}
                        aria-label={label}
                      >
                        {SHORT[status]}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {matrix.isLoading && <p>Loading the matrix…</p>}
    </>
  );
}
