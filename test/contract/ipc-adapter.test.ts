import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerIpc } from '@main/electron/ipc-adapter';
import { EVENT_CHANNEL, RPC_CHANNEL } from '@main/preload/channels';
import type { AppEvent } from '@shared/contract/events';
import { FakeIpcMain } from '../fixtures/fake-ipc';
import { ipcClient, openIpcWindow } from '../fixtures/ipc-client';
import { anAccount, openBranch, someStaff } from '@test/fixtures/builders';
import { TEST_PASSWORD, type TestBackend } from '../fixtures/test-backend';

// Events are delivered after an async session check, so give them a moment.
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('IPC adapter (fake ipcMain, structuredClone payloads, real backend)', () => {
  let test: TestBackend;
  beforeEach(async () => {
    test = await openBranch();
    await anAccount(test, 'manager');
  });
  afterEach(async () => {
    await test.close();
  });

  it('signs in as manager over IPC and lists staff, keeping the token out of the renderer', async () => {
    await someStaff(test, 2);
    const window = openIpcWindow(test.backend);
    const signIn = await window.invoke('auth.signIn', { username: 'manager', password: TEST_PASSWORD });
    expect(signIn.ok).toBe(true);
    // The session lives in the main process, like an HttpOnly cookie: nothing token-like comes back.
    expect(JSON.stringify(signIn)).not.toMatch(/token/i);
    const list = await window.invoke('staff.list', {});
    expect(list.ok).toBe(true);
    // The manager's own staff record and the two built.
    if (list.ok) expect((list.value as { total: number }).total).toBe(3);
  });

  it('gives every webContents its own session', async () => {
    const manager = openIpcWindow(test.backend);
    expect((await manager.invoke('auth.signIn', { username: 'manager', password: TEST_PASSWORD })).ok).toBe(true);
    const other = openIpcWindow(test.backend);
    const result = await other.invoke('staff.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a frame that is not our app:// page, without reaching the backend', async () => {
    const window = openIpcWindow(test.backend);
    await window.invoke('auth.signIn', { username: 'manager', password: TEST_PASSWORD });
    for (const frameUrl of ['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', null]) {
      expect(await window.invoke('staff.list', {}, frameUrl)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    // A public procedure is refused too: the check is the adapter's, before dispatch.
    expect(await window.invoke('setup.status', {}, 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses a webContents that is not one of our windows', async () => {
    const stranger = openIpcWindow(test.backend, { trusted: false });
    expect(await stranger.invoke('setup.status', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers bad names and inputs with envelopes, as dispatch decides', async () => {
    const window = openIpcWindow(test.backend);
    expect(await window.invoke('no.such', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await window.invoke('auth.signIn', { username: 42 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('pushes events to the signed-in webContents only, and stops after it is destroyed', async () => {
    const manager = openIpcWindow(test.backend);
    const anonymous = openIpcWindow(test.backend);
    await manager.invoke('auth.signIn', { username: 'manager', password: TEST_PASSWORD });
    await anonymous.invoke('setup.status', {});
    const managerEvents: AppEvent[] = [];
    const anonymousEvents: AppEvent[] = [];
    manager.webContents.on(EVENT_CHANNEL, (event) => managerEvents.push(event as AppEvent));
    anonymous.webContents.on(EVENT_CHANNEL, (event) => anonymousEvents.push(event as AppEvent));

    test.backend.deps.events.publish('staff.changed', { ids: ['s-1'] });
    await settle();
    expect(managerEvents).toEqual([{ kind: 'staff.changed', payload: { ids: ['s-1'] } }]);
    expect(anonymousEvents).toEqual([]);

    manager.webContents.destroy();
    // Sending to a destroyed webContents would throw in Electron (and in the fake); nothing must be sent.
    test.backend.deps.events.publish('staff.changed', { ids: ['s-2'] });
    await settle();
    expect(managerEvents).toHaveLength(1);
  });

  it('keeps the session across calls and ends it on sign-out', async () => {
    const client = ipcClient(test.backend);
    expect(client.token()).toBeNull();
    await client.ok('auth.signIn', { username: 'manager', password: TEST_PASSWORD });
    expect(client.token()).toMatch(/.{16,}/);
    expect((await client.raw('staff.list', {})).ok).toBe(true);
    await client.ok('auth.signOut', {});
    expect(client.token()).toBeNull();
    expect(await client.raw('staff.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('removes its handler and subscriptions when disposed', async () => {
    const ipcMain = new FakeIpcMain();
    const dispose = registerIpc(ipcMain, test.backend, { isTrustedSender: () => true });
    expect(ipcMain.handlers.has(RPC_CHANNEL)).toBe(true);
    dispose();
    expect(ipcMain.handlers.has(RPC_CHANNEL)).toBe(false);
  });
});
