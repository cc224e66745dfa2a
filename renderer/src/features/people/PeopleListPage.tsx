import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ClientSort, type ClientListRow, type ClientStatus } from '@shared/domain/clients/client';
import type { Skill } from '@shared/domain/skills';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { DataTable, type Column, type SortState } from '@renderer/components/DataTable';
import { FilterBar, FilterSelect, SearchField } from '@renderer/components/FilterBar';
import { PageHeader, QueryError, Tag } from '@renderer/components/Layout';
import { NEED_OPTIONS, STATUS_LABELS, STATUS_OPTIONS, needLabel, statusTone } from './people-options';

function columns(showPostcode: boolean): Column<ClientListRow>[] {
  const list: Column<ClientListRow>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (r) => `${r.familyName}, ${r.preferredName ?? r.givenName}`,
    },
    { key: 'addressedAs', header: 'Likes to be called', render: (r) => r.addressedAs },
  ];
  if (showPostcode)
    list.push({ key: 'postcode', header: 'Postcode', width: '8em', sortKey: 'postcode', render: (r) => r.postcode });
  list.push(
    {
      key: 'needs',
      header: 'Support needs',
      render: (r) => r.supportNeeds.map(needLabel).join(', ') || '—',
    },
    { key: 'teamSize', header: 'Team', width: '5em', sortKey: 'teamSize', render: (r) => r.teamSize },
    {
      key: 'status',
      header: 'Status',
      width: '7em',
      sortKey: 'status',
      render: (r) => <Tag tone={statusTone(r.status)}>{STATUS_LABELS[r.status]}</Tag>,
    },
  );
  return list;
}

/** The people supported: search, filter by status and support need, sort; a worker sees the people in their teams. */
export function PeopleListPage() {
  const api = useApi();
  const navigate = useNavigate();
  const privileged = useHasRole('manager', 'coordinator');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ClientStatus | ''>('active');
  const [need, setNeed] = useState<Skill | ''>('');
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const deferredSearch = useDeferredValue(search);
  const query = useQuery({
    ...procedureQuery(api, 'clients.list', {
      search: deferredSearch,
      status: status === '' ? null : status,
      need: need === '' ? null : need,
      sort: ClientSort.parse(sort.key),
      direction: sort.direction,
      limit: 1000,
    }),
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
      </FilterBar>
      <QueryError error={query.error} what="people" />
      <DataTable
        label="People"
        columns={columns(privileged)}
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
