import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aPersonRecord, aPostcodeDirectory, anAccount, openBranch, write } from '@test/fixtures/builders';
import type { TestClient } from '@test/fixtures/in-process-client';
import { liteCsv, onspdCsv } from '@test/fixtures/postcode-directory';
import type { TestBackend } from '@test/fixtures/test-backend';

const LADYWELL = { postcode: 'SE13 7HU', lat: 51.4563, lon: -0.0168 };
const CATFORD = { postcode: 'SE6 4RU', lat: 51.4411, lon: -0.0206 };

let t: TestBackend;
let manager: TestClient;
let coordinator: TestClient;

beforeEach(async () => {
  t = await openBranch();
  await anAccount(t, 'manager');
  manager = await t.signedIn('manager');
  await anAccount(t, 'coordinator');
  coordinator = await t.signedIn('coordinator');
});
afterEach(() => t.close());

async function peopleCount(): Promise<number> {
  return (await coordinator.ok('clients.list', {})).total;
}

describe('importing the ONS Postcode Directory', () => {
  it('loads a full-column ONSPD extract, skipping and counting terminated postcodes, and says when', async () => {
    const csv = onspdCsv([LADYWELL, CATFORD, { postcode: 'SE6 9ZZ', lat: 51.43, lon: -0.02, doterm: '201905' }]);

    const checked = await manager.ok('postcodes.importDirectory', { csv, dryRun: true });
    expect(checked).toEqual({ imported: false, rows: 3, postcodes: 2, terminated: 1, unlocated: 0 });
    expect(await manager.ok('postcodes.directory', {})).toMatchObject({ postcodes: 0, importedAt: null });

    const report = await manager.ok('postcodes.importDirectory', { csv, dryRun: false });
    expect(report).toMatchObject({ imported: true, postcodes: 2, terminated: 1 });
    expect(await coordinator.ok('postcodes.directory', {})).toEqual({
      postcodes: 2,
      importedAt: '2026-11-23T09:00:00.000Z',
      terminatedSkipped: 1,
      unlocatedSkipped: 0,
    });
    const log = await manager.ok('audit.list', { action: 'postcodes.importDirectory' });
    expect(log.map((entry) => entry.detail)).toContain('2 postcodes (1 terminated skipped)');
  });

  it('is for managers only', async () => {
    const refused = await coordinator.call('postcodes.importDirectory', { csv: liteCsv([LADYWELL]), dryRun: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a file of the wrong shape by the column it lacks, keeping the directory it had', async () => {
    await aPostcodeDirectory(t, [LADYWELL, CATFORD]);
    const refused = await manager.call('postcodes.importDirectory', {
      csv: 'name,organisation\nAda,Lewisham Mencap\n',
      dryRun: false,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'This is not an ONS Postcode Directory file: nothing was imported',
        issues: [{ path: ['csv'], message: expect.stringContaining('no postcode column (pcds or pcd)') }],
      },
    });
    expect(await manager.ok('postcodes.directory', {})).toMatchObject({ postcodes: 2 });
    await coordinator.ok('clients.create', aPersonRecord({ postcode: 'SE6 4RU', lat: null, lon: null }));
  });

  it('names each bad row and column and imports nothing from a file with any', async () => {
    await aPostcodeDirectory(t, [LADYWELL]);
    const csv = 'pcds,lat,long\nSE6 4RU,51.44,-0.02\nSE6,51.44,-0.02\nSE6 4RW,,-0.02\nse64ru,51.4,-0.02\n';
    const refused = await manager.call('postcodes.importDirectory', { csv, dryRun: false });
    expect(refused).toMatchObject({ ok: false, error: { message: '3 problems in the file: nothing was imported' } });
    expect(refused.ok ? [] : refused.error.issues).toEqual([
      { path: ['rows', 3, 'pcds'], message: 'Line 3, column pcds: Not a UK postcode' },
      { path: ['rows', 4, 'lat'], message: 'Line 4, column lat: Empty: a coordinate is needed' },
      { path: ['rows', 5, 'pcds'], message: 'Line 5, column pcds: SE6 4RU is also on line 2' },
    ]);
    expect(await manager.ok('postcodes.directory', {})).toMatchObject({ postcodes: 1 });
  });

  it('replaces the previous directory entirely', async () => {
    await aPostcodeDirectory(t, [LADYWELL]);
    await aPostcodeDirectory(t, [CATFORD]);
    expect(await manager.ok('postcodes.directory', {})).toMatchObject({ postcodes: 1 });
    const gone = await coordinator.call(
      'clients.create',
      aPersonRecord({ postcode: 'SE13 7HU', lat: null, lon: null }),
    );
    expect(gone).toMatchObject({ ok: false, error: { issues: [{ path: ['postcode'] }] } });
  });
});

describe('placing people and workers by postcode', () => {
  beforeEach(async () => {
    await aPostcodeDirectory(t, [LADYWELL, CATFORD]);
  });

  it('places a person added with a postcode alone at the directory’s point', async () => {
    const person = await coordinator.ok('clients.create', aPersonRecord({ postcode: 'se6 4ru', lat: null, lon: null }));
    expect(person).toMatchObject({ postcode: 'SE6 4RU', lat: CATFORD.lat, lon: CATFORD.lon });

    const moved = await coordinator.ok('clients.update', {
      id: person.id,
      client: aPersonRecord({ postcode: 'SE13 7HU', lat: null, lon: null }),
    });
    expect(moved).toMatchObject({ postcode: 'SE13 7HU', lat: LADYWELL.lat, lon: LADYWELL.lon });
  });

  it('keeps coordinates typed by hand over the directory’s', async () => {
    const person = await coordinator.ok('clients.create', aPersonRecord({ postcode: 'SE6 4RU', lat: 51.5, lon: -0.1 }));
    expect(person).toMatchObject({ lat: 51.5, lon: -0.1 });
  });

  it('refuses a postcode the directory does not hold at the postcode field, saving nothing', async () => {
    const before = await peopleCount();
    const refused = await coordinator.call(
      'clients.create',
      aPersonRecord({ postcode: 'SE4 1UA', lat: null, lon: null }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const issues = refused.ok ? [] : (refused.error.issues ?? []);
    expect(issues).toEqual([
      {
        path: ['postcode'],
        message: expect.stringMatching(/SE4 1UA is not in the postcode directory.*latitude and longitude by hand/),
      },
    ]);
    expect(await peopleCount()).toBe(before);

    const person = await coordinator.ok('clients.create', aPersonRecord({ postcode: 'SE6 4RU', lat: null, lon: null }));
    const edit = await coordinator.call('clients.update', {
      id: person.id,
      client: aPersonRecord({ postcode: 'SE4 1UA', familyName: 'Moved', lat: null, lon: null }),
    });
    expect(edit).toMatchObject({ ok: false, error: { issues: [{ path: ['client', 'postcode'] }] } });
    expect(await coordinator.ok('clients.get', { id: person.id })).toMatchObject({ postcode: 'SE6 4RU' });
  });

  it('asks for the other coordinate when only one is typed', async () => {
    const refused = await coordinator.call(
      'clients.create',
      aPersonRecord({ postcode: 'SE6 4RU', lat: 51.5, lon: null }),
    );
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: ['lon'] }] } });
  });

  it('places a worker’s home by postcode for travel, and refuses one it cannot place', async () => {
    const staffId = (await anAccount(t, 'worker')).staffId as string;
    const saved = await coordinator.ok('availability.saveTravelProfile', {
      staffId,
      travelMode: 'walk',
      homePostcode: 'SE13 7HU',
      homeLat: null,
      homeLon: null,
    });
    expect(saved.travelProfile).toMatchObject({ homeLat: LADYWELL.lat, homeLon: LADYWELL.lon });

    const refused = await coordinator.call('availability.saveTravelProfile', {
      staffId,
      travelMode: 'car',
      homePostcode: 'SE4 1UA',
      homeLat: null,
      homeLon: null,
    });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: ['homePostcode'] }] } });
    const after = await coordinator.ok('availability.get', { staffId });
    expect(after.travelProfile).toMatchObject({ travelMode: 'walk', homePostcode: 'SE13 7HU' });
  });
});

describe('before any directory is imported', () => {
  it('says a manager can import it, or coordinates can be typed', async () => {
    const refused = await coordinator.call(
      'clients.create',
      aPersonRecord({ postcode: 'SE6 4RU', lat: null, lon: null }),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['postcode'], message: expect.stringContaining('No postcode directory is loaded') }] },
    });
    await write(t, 'clients.create', aPersonRecord({ postcode: 'SE6 4RU' }));
    expect(await peopleCount()).toBe(1);
  });
});
