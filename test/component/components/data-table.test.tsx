import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type Column } from '@renderer/components/DataTable';

interface Person {
  id: string;
  name: string;
  team: string;
  started: string | null;
}

const COLUMNS: Column<Person>[] = [
  { key: 'name', header: 'Name', render: (p) => p.name, sortValue: (p) => p.name },
  { key: 'team', header: 'Team', render: (p) => p.team },
  { key: 'started', header: 'Started', render: (p) => p.started ?? 'Not yet', sortValue: (p) => p.started },
];

const PEOPLE: Person[] = [
  { id: '1', name: 'Chidi', team: 'North', started: '2024-03-01' },
  { id: '2', name: 'Aisha', team: 'South', started: null },
  { id: '3', name: 'Bea', team: 'North', started: '2023-01-15' },
];

const TEAMS = [
  { value: 'North', label: 'North' },
  { value: 'South', label: 'South' },
];

function names(): string[] {
  const table = screen.getByRole('table', { name: 'People' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

describe('the shared table of records', () => {
  it('sorts a whole list by the column header, says which way in aria-sort, and keeps blanks last', async () => {
    const user = userEvent.setup();
    render(
      <DataTable
        label="People"
        columns={COLUMNS}
        rows={PEOPLE}
        rowKey={(p) => p.id}
        initialSort={{ key: 'name', direction: 'asc' }}
      />,
    );
    expect(names()).toEqual(['Aisha', 'Bea', 'Chidi']);
    const name = screen.getByRole('columnheader', { name: /Name/ });
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    // A column that does not sort has no sort state and no button.
    expect(screen.getByRole('columnheader', { name: 'Team' })).not.toHaveAttribute('aria-sort');
    expect(within(screen.getByRole('columnheader', { name: 'Team' })).queryByRole('button')).toBeNull();

    await user.click(within(name).getByRole('button'));
    expect(name).toHaveAttribute('aria-sort', 'descending');
    expect(names()).toEqual(['Chidi', 'Bea', 'Aisha']);

    // By keyboard: the header button takes Enter; whoever has not started stays last in both directions.
    const started = screen.getByRole('columnheader', { name: /Started/ });
    within(started).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(started).toHaveAttribute('aria-sort', 'ascending');
    expect(name).toHaveAttribute('aria-sort', 'none');
    expect(names()).toEqual(['Bea', 'Chidi', 'Aisha']);
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['Chidi', 'Bea', 'Aisha']);
  });

  it('filters a whole list by a search box and a select, and says how many it shows', async () => {
    const user = userEvent.setup();
    render(
      <DataTable
        label="People"
        columns={COLUMNS}
        rows={PEOPLE}
        rowKey={(p) => p.id}
        search={{ label: 'Search by name', text: (p) => p.name }}
        filters={[{ key: 'team', label: 'Team', allLabel: 'All teams', options: TEAMS, value: (p) => p.team }]}
      />,
    );
    expect(screen.getByRole('search', { name: 'Filter people' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Team'), 'North');
    expect(names()).toEqual(['Chidi', 'Bea']);
    expect(screen.getByText('Showing 2 of 3')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Search by name'), 'be');
    expect(names()).toEqual(['Bea']);
    await user.type(screen.getByLabelText('Search by name'), 'x');
    expect(screen.getByText('Nothing matches these filters.')).toBeInTheDocument();
  });

  it('reports header clicks to the page when the backend sorts, and leaves the order to it', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    const serverColumns: Column<Person>[] = [
      { key: 'name', header: 'Name', render: (p) => p.name, sortKey: 'name' },
      { key: 'team', header: 'Team', render: (p) => p.team, sortKey: 'team' },
    ];
    render(
      <DataTable
        label="People"
        columns={serverColumns}
        rows={PEOPLE}
        rowKey={(p) => p.id}
        sort={{ key: 'name', direction: 'asc' }}
        onSortChange={onSortChange}
        total={40}
      />,
    );
    expect(names()).toEqual(['Chidi', 'Aisha', 'Bea']);
    await user.click(within(screen.getByRole('columnheader', { name: /Name/ })).getByRole('button'));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'name', direction: 'desc' });
    await user.click(within(screen.getByRole('columnheader', { name: /Team/ })).getByRole('button'));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'team', direction: 'asc' });
    expect(screen.getByText('Showing 3 of 40')).toBeInTheDocument();
  });

  it('opens a row with Enter or Space as well as a click', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    render(
      <DataTable
        label="People"
        columns={COLUMNS}
        rows={PEOPLE}
        rowKey={(p) => p.id}
        onRowOpen={(p) => opened.push(p.name)}
      />,
    );
    const [, first, second, third] = screen.getAllByRole('row');
    first?.focus();
    await user.keyboard('{Enter}');
    second?.focus();
    await user.keyboard(' ');
    await user.click(third as HTMLElement);
    expect(opened).toEqual(['Chidi', 'Aisha', 'Bea']);
  });

  it('draws a short list whole, at the height of its rows, and a long one a screenful at a time', () => {
    const { rerender } = render(<DataTable label="People" columns={COLUMNS} rows={PEOPLE} rowKey={(p) => p.id} />);
    // Short: no scrolling box, every row in the document.
    expect(screen.queryByRole('region', { name: /scroll for more rows/ })).toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(4);

    const many = Array.from({ length: 2000 }, (_, i) => ({
      id: String(i),
      name: `Person ${String(i).padStart(4, '0')}`,
      team: 'North',
      started: null,
    }));
    rerender(<DataTable label="People" columns={COLUMNS} rows={many} rowKey={(p) => p.id} />);
    const box = screen.getByRole('region', { name: 'People: scroll for more rows' });
    expect(box).toHaveAttribute('tabindex', '0');
    const rows = within(box).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(200);
    // Row numbers stay true to the whole list, so assistive technology can say "row 2 of 2001".
    expect(screen.getByRole('table', { name: 'People' })).toHaveAttribute('aria-rowcount', '2001');
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
  });
});
