import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHubBed, type HubBed } from '@test/fixtures/hub';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');

const HOSTILE_SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" onload="alert(1)">
  <script>alert('x')</script>
  <rect x="1" y="1" width="40" height="20" fill="#eee" onclick="steal()" style="fill:url(https://evil.example/x)"/>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
  <image href="https://evil.example/track.png" width="5" height="5"/>
  <use xlink:href="https://evil.example/sprite.svg#a"/>
  <a href="javascript:alert(1)"><text x="5" y="40">Link</text></a>
  <text x="50" y="40" fill="url(#g)">Desk &amp; chairs</text>
</svg>`;

const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

describe('hub set-up', () => {
  let bed: HubBed;
  beforeEach(async () => {
    bed = await openHubBed();
  });
  afterEach(async () => {
    await bed.close();
  });

  it('takes a PNG or JPEG floor image by its content and refuses other files or one over 5 MB', async () => {
    const upload = (content: Buffer, fileName = 'plan.png') =>
      bed.manager.call('hub.uploadFloorImage', { floorId: bed.floorId, fileName, contentBase64: base64(content) });
    expect(await upload(JPEG, 'plan.svg')).toMatchObject({ ok: true, value: { imageType: 'image/jpeg' } });
    expect(await upload(PNG)).toMatchObject({ ok: true, value: { imageType: 'image/png' } });
    const gif = await upload(GIF, 'plan.png');
    expect(gif).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: ['contentBase64'], message: 'The floor image must be a PNG, JPEG or SVG file.' }],
      },
    });
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    expect(await upload(big)).toMatchObject({
      ok: false,
      error: { issues: [{ message: 'The floor image must be 5 MB or smaller.' }] },
    });
    // Nothing was lost: the PNG from before is still the floor's image.
    expect((await bed.manager.ok('hub.floorImage', { floorId: bed.floorId })).mediaType).toBe('image/png');
  });

  it('sanitises a hostile SVG: no scripts, event handlers, external references or foreignObject survive', async () => {
    const floor = await bed.manager.ok('hub.uploadFloorImage', {
      floorId: bed.floorId,
      fileName: 'plan.svg',
      contentBase64: base64(HOSTILE_SVG),
    });
    expect(floor.imageType).toBe('image/svg+xml');
    const visitor = await bed.as('sam.patel');
    const svg = Buffer.from((await visitor.ok('hub.floorImage', { floorId: bed.floorId })).base64, 'base64').toString(
      'utf8',
    );
    expect(svg).not.toMatch(/script|onload|onclick|foreignObject|evil\.example|javascript:|<image|<a /i);
    expect(svg).toContain('<rect x="1" y="1" width="40" height="20" fill="#eee">');
    expect(svg).toContain('<text x="50" y="40" fill="url(#g)">Desk &amp; chairs</text>');
  });

  it('refuses an SVG with a DOCTYPE (entity tricks) or that is not well-formed, keeping the image it had', async () => {
    await bed.manager.ok('hub.uploadFloorImage', {
      floorId: bed.floorId,
      fileName: 'a.png',
      contentBase64: base64(PNG),
    });
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>';
    for (const bad of [bomb, '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', '<?xml version="1.0"?><html/>']) {
      const result = await bed.manager.call('hub.uploadFloorImage', {
        floorId: bed.floorId,
        fileName: 'plan.svg',
        contentBase64: base64(bad),
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['contentBase64'] }] } });
    }
    expect((await bed.manager.ok('hub.floorImage', { floorId: bed.floorId })).mediaType).toBe('image/png');
  });

  it('places spaces on the grid, not off the plan or overlapping; the hub has one training room', async () => {
    const space = (overrides: Record<string, unknown>) =>
      bed.manager.call('hub.saveSpace', {
        floorId: bed.floorId,
        name: 'New desk',
        kind: 'desk',
        capacity: 1,
        placement: { x: 18, y: 8, width: 2, height: 2 },
        ...overrides,
      });
    expect(await space({ placement: { x: 39, y: 0, width: 2, height: 1 } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['placement', 'x'] }] },
    });
    expect(await space({ placement: { x: 1, y: 1, width: 1, height: 1 } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['placement'], message: 'The space overlaps Desk 1 on the plan.' }] },
    });
    expect(await space({ kind: 'training_room' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['kind'] }] },
    });
    expect(await space({ name: 'desk 1' })).toMatchObject({ ok: false, error: { issues: [{ path: ['name'] }] } });
    expect(await space({})).toMatchObject({ ok: true, value: { name: 'New desk' } });
  });

  it('refuses to remove a space with bookings from today unless they are cancelled too', async () => {
    const sam = await bed.as('sam.patel');
    await sam.ok('hub.book', { spaceId: bed.desks[0]!.id, date: '2026-11-25', period: 'day' });
    expect(await bed.manager.call('hub.removeSpace', { id: bed.desks[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'has_bookings' },
    });
    expect(await bed.manager.ok('hub.removeSpace', { id: bed.desks[0]!.id, cancelBookings: true })).toEqual({
      cancelledBookings: 1,
    });
    expect((await sam.ok('hub.setup', {})).spaces.map((s) => s.name)).not.toContain('Desk 1');
  });

  it('makes visitor accounts through the accounts service, linked to their organisation', async () => {
    const made = await bed.manager.ok('hub.createVisitor', {
      username: 'lee.ot',
      displayName: 'Lee Grant',
      organisationId: bed.organisations.gp,
      email: 'lee@example.org',
      phone: null,
    });
    const account = (await bed.manager.ok('accounts.list', {})).find((a) => a.id === made.accountId);
    expect(account).toMatchObject({ roles: ['visitor'], staffId: null, mustChangePassword: true });
    expect((await bed.manager.ok('hub.visitors', {})).find((v) => v.accountId === made.accountId)).toMatchObject({
      organisationName: 'Rushey Green GP practice',
      organisationRemoved: false,
    });
    const visitor = await bed.as('sam.patel');
    expect(await visitor.call('hub.organisations', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await visitor.raw('hub.createVisitor', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('imports visitors from CSV only when every row is good, naming each bad row, column and reason', async () => {
    const bad = [
      'name,organisation,username,email',
      'Amy Lo,Rushey Green GP practice,,amy@example.org',
      ',Rushey Green GP practice,,',
      'Ben Ray,No Such Team,,',
      'Cat Poe,District nursing (South),sam.patel,not-an-email',
    ].join('\r\n');
    const report = await bed.manager.ok('hub.importVisitors', { csv: bad });
    expect(report.imported).toBe(false);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'name'],
      [4, 'organisation'],
      [5, 'email'],
      [5, 'username'],
    ]);
    expect((await bed.manager.ok('hub.visitors', {})).map((v) => v.displayName)).not.toContain('Amy Lo');
    const good = ['name,organisation', 'Amy Lo,rushey green gp practice', 'Ben Ray,District nursing (South)'].join(
      '\n',
    );
    const done = await bed.manager.ok('hub.importVisitors', { csv: good });
    expect(done).toMatchObject({ imported: true, rows: 2, problems: [] });
    expect(done.created.map((c) => c.username)).toEqual(['amy.lo', 'ben.ray']);
    expect(done.created.every((c) => c.temporaryPassword.length >= 8)).toBe(true);
  });
});
