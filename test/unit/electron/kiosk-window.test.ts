import { describe, expect, it } from 'vitest';
import {
  guardKioskContents,
  isKioskLaunch,
  KIOSK_URL,
  kioskKeyBlocked,
  kioskUrlAllowed,
  kioskWindowOptions,
  type KioskContents,
} from '@main/electron/kiosk-options';

// Electron's runtime cannot be downloaded here, so the kiosk window is checked through what it is built from: its
// options and its navigation guard, driven by a stand-in webContents. The Playwright `_electron` suite covers the
// real window where a binary exists.

type Handler = (event: { preventDefault(): void }, arg: never) => void;

class FakeContents {
  readonly handlers = new Map<string, Handler>();
  readonly loaded: string[] = [];
  on(event: string, listener: Handler): void {
    this.handlers.set(event, listener);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  /** Fire an event; answers whether the guard cancelled it. */
  fire(event: string, arg: unknown): boolean {
    let prevented = false;
    this.handlers.get(event)?.({ preventDefault: () => (prevented = true) }, arg as never);
    return prevented;
  }
}

const key = (k: string, mods: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}) => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('the kiosk window', () => {
  it('opens only with --kiosk, among Chromium’s own switches', () => {
    expect(isKioskLaunch(['--kiosk'])).toBe(true);
    expect(isKioskLaunch(['--db', '/tmp/x.db', '--kiosk', '--no-sandbox'])).toBe(true);
    expect(isKioskLaunch(['--db', '/tmp/x.db'])).toBe(false);
    expect(isKioskLaunch(['kiosk'])).toBe(false);
  });

  it('is full screen in kiosk mode with no frame, menu bar or devtools, and keeps the web hardening', () => {
    const options = kioskWindowOptions('/app/out/electron');
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, autoHideMenuBar: true });
    expect(options).toMatchObject({ resizable: false, movable: false, minimizable: false, alwaysOnTop: true });
    expect(options.webPreferences).toMatchObject({
      devTools: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/out/electron/preload.cjs',
    });
  });

  it('allows the kiosk route of the app and nothing else', () => {
    expect(KIOSK_URL).toBe('app://app/index.html#/kiosk');
    expect(kioskUrlAllowed(KIOSK_URL)).toBe(true);
    for (const url of [
      'app://app/index.html#/',
      'app://app/index.html#/hub/building',
      'app://app/index.html#/kiosk/../staff',
      'app://app/index.html?x=1#/kiosk',
      'app://app/other.html#/kiosk',
      'app://evil/index.html#/kiosk',
      'https://www.gov.uk/#/kiosk',
      'file:///index.html#/kiosk',
      'not a url',
    ])
      expect([url, kioskUrlAllowed(url)]).toEqual([url, false]);
  });

  it('cancels navigation away, sends an in-page move straight back, and swallows devtools and reload keys', () => {
    const contents = new FakeContents();
    guardKioskContents(contents as unknown as KioskContents);
    expect(contents.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://app/index.html#/staff')).toBe(true);
    expect(contents.fire('will-navigate', KIOSK_URL)).toBe(false);
    expect(contents.fire('will-redirect', 'https://example.com/')).toBe(true);

    contents.fire('did-navigate-in-page', 'app://app/index.html#/staff');
    expect(contents.loaded).toEqual([KIOSK_URL]);
    contents.fire('did-navigate-in-page', KIOSK_URL);
    expect(contents.loaded).toEqual([KIOSK_URL]);

    for (const press of [
      key('F12'),
      key('F5'),
      key('r', { control: true }),
      key('I', { control: true, shift: true }),
      key('ArrowLeft', { alt: true }),
      key('p', { meta: true }),
    ])
      expect([press, contents.fire('before-input-event', press)]).toEqual([press, true]);
    // Typing a name and a code at the kiosk is untouched.
    for (const press of [key('a'), key('A', { shift: true }), key('Enter'), key('Tab'), key('Backspace')])
      expect([press, contents.fire('before-input-event', press)]).toEqual([press, false]);
    expect(kioskKeyBlocked(key('r'))).toBe(false);
  });
});
