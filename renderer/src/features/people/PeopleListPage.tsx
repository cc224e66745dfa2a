import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { mayUse } from '@renderer/app/page-roles';
import {
  ClientSort,
  isFullClientRow,
  type ClientListRow,
  type ClientStatus,
  type ClientTeamListRow,
} from '@shared/domain/clients/client';
import type { Skill } from '@shared/domain/skills';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole, useSession } from '@renderer/app/session-context';
import { DataTable, type Column, type SortState } from '@renderer/components/DataTable';
import { FilterBar, FilterSelect, SearchField } from '@renderer/components/FilterBar';
import { PageHeader, QueryError, Tag } from '@renderer/components/Layout';
import { NEED_OPTIONS, STATUS_LABELS, STATUS_OPTIONS, needLabel, statusTone } from './people-options';

type PeopleRow = ClientTeamListRow | ClientListRow;

// A worker's rows hold the person's name and how they like to be addressed, nothing more (security.md); the other
// columns are drawn only for coordinators and managers, whose rows carry them.
const NAME_COLUMNS: Column<PeopleRow>[] = [
  {
    key: 'name',
    header: 'Name',
    sortKey: 'name',
    render: (r) => `${r.familyName}, ${r.preferredName ?? r.givenName}`,
  },
  { key: 'addressedAs', header: 'Likes to be called', render: (r) => r.addressedAs },
];

const full = (render: (r: ClientListRow) => ReactNode) => (r: PeopleRow) => (isFullClientRow(r) ? render(r) : null);

const FULL_COLUMNS: Column<PeopleRow>[] = [
  ...NAME_COLUMNS,
  { key: 'postcode', header: 'Postcode', width: '8em', sortKey: 'postcode', render: full((r) => r.postcode) },
  { key: 'needs', header: 'Support needs', render: full((r) => r.supportNeeds.map(needLabel).join(', ') || '—') },
  { key: 'teamSize', header: 'Team', width: '5em', sortKey: 'teamSize', render: full((r) => r.teamSize) },
  {
    key: 'status',
    header: 'Status',
    width: '7em',
    sortKey: 'status',
    render: full((r) => <Tag tone={statusTone(r.status)}>{STATUS_LABELS[r.status]}</Tag>),
  },
];

/** The people supported: search, filter by status and support need, sort; a worker sees the people in their teams. */
export function PeopleListPage() {
  const api = useApi();
  const navigate = useNavigate();
  const privileged = useHasRole('manager', 'coordinator');
  const manager = mayUse('/people/postcodes', useSession().roles);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ClientStatus | ''>('active');
  const [need, setNeed] = useState<Skill | ''>('');
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const deferredSearch = useDeferredValue(search);
  const query = useQuery({
    // A worker's list is by name only: the backend refuses them filters and sorts on what they may not read.
    ...procedureQuery(
      api,
      'clients.list',
      privileged
        ? {
            search: deferredSearch,
            status: status === '' ? null : status,
            need: need === '' ? null : need,
            sort: ClientSort.parse(sort.key),
            direction: sort.direction,
            limit: 1000,
          }
        : { search: deferredSearch, sort: 'name', direction: sort.direction, limit: 1000 },
    ),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title="People"
        caption={privileged ? 'The people this branch supports' : 'The people whose team you are in'}
        actions={
          privileged && (
            <>
              <Link className="button button--secondary" to="/neighbourhood">
                Neighbourhood map
              </Link>
              {manager && (
                <Link className="button button--secondary" to="/people/postcodes">
                  Postcode directory
                </Link>
              )}
              <Link className="button button--primary" to="/people/new">
                Add a person
              </Link>
            </>
          )
        }
      />
      <FilterBar label="Filter people">
        <SearchField
          id="people-search"
          label={`Search by name${privileged ? ' or postcode' : ''}`}
          value={search}
          onChange={setSearch}
        />
        {privileged && (
          <>
            <FilterSelect
              id="people-status"
              label="Status"
              value={status}
              onChange={setStatus}
              allLabel="All"
              options={STATUS_OPTIONS}
            />
            <FilterSelect
              id="people-need"
              label="Support need"
              value={need}
              onChange={setNeed}
              allLabel="Any"
              options={NEED_OPTIONS}
            />
          </>
        )}
      </FilterBar>
      <QueryError error={query.error} what="people" />
      <DataTable
        label="People"
        columns={privileged ? FULL_COLUMNS : NAME_COLUMNS}
        rows={query.data?.rows ?? []}
        total={query.data?.total}
        rowKey={(r) => r.id}
        sort={sort}
        onSortChange={setSort}
        onRowOpen={(r) => void navigate(`/people/${r.id}`)}
        empty={query.isLoading ? 'Loading…' : 'No people match these filters.'}
      />
    </>
  );
}
