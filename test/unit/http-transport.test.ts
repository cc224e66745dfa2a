import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpTransport } from '@renderer/transport/http-transport';

afterEach(() => vi.unstubAllGlobals());

describe('the HTTP transport', () => {
  it(
    'sends a number field the person left unreadable (NaN) as ' +
      'text, never as null, which nullable fields take as "clear"',
    async () => {
      const bodies: string[] = [];
      vi.stubGlobal('fetch', (_url: string, init: { body: string }) => {
        bodies.push(init.body);
        return Promise.resolve(new Response(JSON.stringify({ ok: true, value: null }), { status: 200 }));
      });
      await httpTransport('').call('clients.recordTravel', {
        fromId: 'a',
        toId: 'b',
        mode: 'walk',
        minutes: Number.NaN,
      });
      expect(JSON.parse(bodies[0] ?? '{}')).toEqual({ fromId: 'a', toId: 'b', mode: 'walk', minutes: 'NaN' });
      await httpTransport('').call('clients.recordTravel', { fromId: 'a', toId: 'b', mode: 'walk', minutes: null });
      expect(JSON.parse(bodies[1] ?? '{}')).toMatchObject({ minutes: null });
    },
  );
});

describe('the HTTP transport’s event stream', () => {
  it('reconnects after a call the contract says changes the session, and only then', async () => {
    const opened: string[] = [];
    vi.stubGlobal(
      'EventSource',
      class {
        onmessage: ((message: { data: string }) => void) | null = null;
        constructor(url: string) {
          opened.push(url);
        }
        close(): void {}
      },
    );
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(JSON.stringify({ ok: true, value: null }), { status: 200 })),
    );
    const transport = httpTransport('');
    transport.onEvent(() => undefined);
    expect(opened).toHaveLength(1);
    await transport.call('staff.list', {});
    await transport.call('training.addRecord', {});
    expect(opened).toHaveLength(1);
    // A new session cookie only reaches the stream when it reconnects.
    await transport.call('auth.signIn', { username: 'a', password: 'b' });
    expect(opened).toHaveLength(2);
    await transport.call('auth.signOut', {});
    expect(opened).toHaveLength(3);
  });
});
