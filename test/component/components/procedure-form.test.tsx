import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '@shared/contract/errors';
import { createApiClient } from '@renderer/api/api-client';
import { ApiProvider } from '@renderer/api/api-context';
import { createQueryClient } from '@renderer/api/query-client';
import { SelectField, TextField } from '@renderer/components/Field';
import { GovForm } from '@renderer/components/GovForm';
import { toNumber, useProcedureForm } from '@renderer/components/use-form';
import type { Transport } from '@renderer/transport/transport';

const COURSE = '0193a5b2-7c1e-7000-8000-000000000001';

/** A session form as the Sessions tab has it, with a venue list that (as a tampered page might) offers a bad code. */
function SessionForm() {
  const form = useProcedureForm('training.saveSession', {
    id: 'session',
    initial: { date: '2026-12-07', start: '570', duration: '5', venue: 'hub_room' },
    errorPrefix: ['session'],
    toInput: (v) => ({
      id: null,
      session: {
        courseId: COURSE,
        date: v.date,
        startMinute: toNumber(v.start),
        durationMinutes: toNumber(v.duration),
        venue: v.venue,
        venueDetail: null,
        trainerName: null,
        capacity: 12,
      },
    }),
    success: 'Session scheduled.',
  });
  return (
    <GovForm form={form} submitLabel="Schedule">
      <TextField label="Duration in minutes" {...form.field('duration', 'durationMinutes')} />
      <SelectField
        label="Venue"
        options={[
          { value: 'hub_room', label: 'Hub room' },
          { value: 'the_moon', label: 'The moon' },
        ]}
        {...form.field('venue')}
      />
    </GovForm>
  );
}

function setUp(answer: (name: string) => Envelope<unknown>) {
  const sent: string[] = [];
  const transport: Transport = {
    kind: 'in-process',
    call: (name) => {
      sent.push(name);
      return Promise.resolve(answer(name));
    },
    onEvent: () => () => undefined,
  };
  const queryClient = createQueryClient();
  // Queries on screen in four domains: what a saved session changes, and one it does not.
  for (const key of ['training.listSessions', 'rota.getWeek', 'notices.listMine', 'staff.list'])
    queryClient.setQueryData([key, {}], []);
  render(
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={createApiClient(transport, () => undefined)}>
        <SessionForm />
      </ApiProvider>
    </QueryClientProvider>,
  );
  return { sent, queryClient, user: userEvent.setup() };
}

const stale = (client: ReturnType<typeof createQueryClient>, key: string) =>
  client.getQueryState([key, {}])?.isInvalidated ?? false;

describe('the one form pattern', () => {
  it('checks the input against the procedure’s schema first: each bad field is named, nothing is sent', async () => {
    const { sent, user } = setUp(() => ({ ok: true, value: {} }));
    await user.selectOptions(screen.getByLabelText('Venue'), 'the_moon');
    await user.click(screen.getByRole('button', { name: 'Schedule' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'A session lasts at least 15 minutes' })).toBeInTheDocument();
    expect(within(summary).getAllByRole('link')).toHaveLength(2);
    expect(screen.getByLabelText('Venue')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Duration in minutes')).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);
  });

  it('sends a good input once and refreshes exactly the domains the contract says it changes', async () => {
    const { sent, queryClient, user } = setUp(() => ({ ok: true, value: {} }));
    await user.clear(screen.getByLabelText('Duration in minutes'));
    await user.type(screen.getByLabelText('Duration in minutes'), '90');
    await user.click(screen.getByRole('button', { name: 'Schedule' }));
    expect(await screen.findByText('Session scheduled.')).toBeInTheDocument();
    expect(sent).toEqual(['training.saveSession']);
    await waitFor(() => expect(stale(queryClient, 'training.listSessions')).toBe(true));
    expect(stale(queryClient, 'rota.getWeek')).toBe(true);
    expect(stale(queryClient, 'notices.listMine')).toBe(true);
    expect(stale(queryClient, 'staff.list')).toBe(false);
  });

  it('shows the backend’s refusal at the field it names, under the same summary', async () => {
    const { user } = setUp(() => ({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Some of the information is not right.',
        issues: [{ path: ['session', 'durationMinutes'], message: 'The room is booked for less time than that' }],
      },
    }));
    await user.clear(screen.getByLabelText('Duration in minutes'));
    await user.type(screen.getByLabelText('Duration in minutes'), '90');
    await user.click(screen.getByRole('button', { name: 'Schedule' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The room is booked for less time than that' })).toBeVisible();
    expect(screen.getByLabelText('Duration in minutes')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Session scheduled.')).toBeNull();
  });
});
