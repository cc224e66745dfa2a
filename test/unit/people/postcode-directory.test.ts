import { describe, expect, it } from 'vitest';
import { findDirectoryColumns, normalisePostcode, readDirectoryRow } from '@shared/domain/clients/postcode-directory';

describe('normalisePostcode', () => {
  it.each([
    ['SE6 4RU', 'SE6 4RU'],
    ['se64ru', 'SE6 4RU'],
    ['N1  9GU', 'N1 9GU'],
    [' ec1a 1bb ', 'EC1A 1BB'],
    ['SE101AA', 'SE10 1AA'],
  ])('reads %j as %j', (raw, expected) => {
    expect(normalisePostcode(raw)).toBe(expected);
  });

  it.each(['', 'SE6', '12345', 'SE6 4R', 'not a postcode'])('refuses %j', (raw) => {
    expect(normalisePostcode(raw)).toBeNull();
  });
});

describe('findDirectoryColumns', () => {
  it('prefers the written-out pcds over the 7-character pcd in the full ONSPD header', () => {
    const found = findDirectoryColumns(['pcd', 'pcd2', 'pcds', 'dointr', 'doterm', 'lat', 'long']);
    expect(found).toEqual({ ok: true, columns: { postcode: 2, lat: 5, long: 6, terminated: 4 } });
  });

  it('reads the lite extract (pcds,lat,long) and the capitalised names of newer releases', () => {
    expect(findDirectoryColumns(['pcds', 'lat', 'long'])).toEqual({
      ok: true,
      columns: { postcode: 0, lat: 1, long: 2, terminated: -1 },
    });
    expect(findDirectoryColumns(['PCD7', 'PCD8', 'DOTERM', 'LAT', 'LONG'])).toMatchObject({
      ok: true,
      columns: { postcode: 0, terminated: 2 },
    });
  });

  it('names the column a file of the wrong shape lacks', () => {
    expect(findDirectoryColumns(['name', 'organisation'])).toMatchObject({ ok: false, missing: 'pcds' });
    expect(findDirectoryColumns(['pcds', 'lat', 'longitude'])).toMatchObject({
      ok: false,
      missing: 'long',
      reason: expect.stringContaining('no longitude column (long)'),
    });
  });
});

describe('readDirectoryRow', () => {
  const header = ['pcds', 'doterm', 'lat', 'long'];
  const columns = { postcode: 0, terminated: 1, lat: 2, long: 3 };
  const read = (...cells: string[]) => readDirectoryRow(cells, columns, header);

  it('reads a live postcode at its point', () => {
    expect(read('se6 4ru', '', '51.441', '-0.02')).toEqual({
      kind: 'postcode',
      postcode: 'SE6 4RU',
      lat: 51.441,
      lon: -0.02,
    });
  });

  it('skips a terminated postcode and one the ONS could not place', () => {
    expect(read('SE6 4RU', '201203', '51.441', '-0.02')).toEqual({ kind: 'terminated' });
    expect(read('SE6 4RU', '', '99.999999', '0.000000')).toEqual({ kind: 'unlocated' });
  });

  it('names the column of a bad row and why', () => {
    expect(read('SE6', '', '51.4', '-0.02')).toEqual({ kind: 'problem', column: 'pcds', reason: 'Not a UK postcode' });
    expect(read('SE6 4RU', '', '', '-0.02')).toMatchObject({ kind: 'problem', column: 'lat' });
    expect(read('SE6 4RU', '', '51.4', 'west')).toMatchObject({ kind: 'problem', column: 'long' });
    expect(read('SE6 4RU', '', '48.1', '-0.02')).toMatchObject({
      kind: 'problem',
      column: 'lat',
      reason: expect.stringContaining('in the UK'),
    });
  });
});
