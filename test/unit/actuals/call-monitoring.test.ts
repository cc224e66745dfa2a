import { describe, expect, it } from 'vitest';
import {
  CM2000_COLUMNS,
  readEcmHeader,
  readEcmMoment,
  readEcmRow,
  type EcmRow,
} from '@shared/domain/actuals/call-monitoring';
import { matcher, matchKey, type SeatToMatch } from '@main/services/actuals/ecm-match';

const CM2000 = Object.keys(CM2000_COLUMNS);

describe('reading a call monitoring file', () => {
  it('reads the CM2000 headings in any case and order, and names a column it does not know', () => {
    const shuffled = [...CM2000].reverse().map((h) => h.toUpperCase());
    expect(readEcmHeader(shuffled, { kind: 'cm2000' }).problems).toEqual([]);
    expect(readEcmHeader([...CM2000, 'Mileage'], { kind: 'cm2000' }).problems).toEqual([
      'The column “Mileage” is not in the CM2000 layout: choose “Another layout” and say what it holds',
    ]);
  });

  it('asks for every column of a mapped layout, each field once, the required ones present', () => {
    const { problems } = readEcmHeader(['Staff', 'In', 'In again', 'Notes'], {
      kind: 'mapped',
      columns: { Staff: 'workerRef', In: 'arrival', 'In again': 'arrival' },
    });
    expect(problems).toEqual([
      'Two columns hold the actual arrival (time, or date and time): keep one and mark the other not used',
      'Say what the column “Notes” holds, or mark it as not used',
      'The file has no column for the person’s name',
      'The file has no column for the visit date',
    ]);
  });

  it('reads UK and ISO dates, times with seconds, and date-times', () => {
    expect(readEcmMoment('08:05:30', '2026-12-07')).toEqual({ date: '2026-12-07', minute: 485 });
    expect(readEcmMoment('06/12/2026 23:50', '2026-12-07')).toEqual({ date: '2026-12-06', minute: 1430 });
    expect(readEcmMoment('2026-12-07T08:05', '2026-12-07')).toEqual({ date: '2026-12-07', minute: 485 });
    expect(readEcmMoment('8.05am', '2026-12-07')).toBeNull();
  });

  it('names the field of a bad cell', () => {
    const columns = readEcmHeader(CM2000, { kind: 'cm2000' }).columns;
    const cells = ['Hub', 'W1', '', 'Rose Adeyemi', '', '31/02/2026', '08:00', '', '08:05', '', '', ''];
    expect(readEcmRow(cells, columns, 2)).toEqual({
      ok: false,
      field: 'visitDate',
      reason: 'enter the visit date as 07/12/2026',
    });
  });
});

describe('matching rows to visits', () => {
  const seat = (overrides: Partial<SeatToMatch>): SeatToMatch => ({
    isoWeek: '2026-W50',
    visitId: 'v1',
    staffId: 's1',
    clientId: 'c1',
    date: '2026-12-07',
    startMinute: 480,
    durationMinutes: 60,
    ...overrides,
  });
  const match = matcher({
    staffByRef: new Map([[matchKey('W-ANNA'), 's1']]),
    clientsByName: new Map([[matchKey("Rose O'Neill"), ['c1']]]),
    seats: [seat({}), seat({ visitId: 'v2', startMinute: 720 }), seat({ visitId: 'v3', date: '2026-12-08' })],
  });
  const row = (overrides: Partial<EcmRow>): EcmRow => ({
    line: 2,
    branch: null,
    workerRef: 'w-anna',
    personName: 'rose  o’neill',
    visitDate: '2026-12-07',
    plannedStart: null,
    arrival: { date: '2026-12-07', minute: 485 },
    departure: null,
    ...overrides,
  });

  it('matches by worker, person and day, taking the visit nearest the planned start (or the arrival)', () => {
    expect(match(row({}))).toMatchObject({ ok: true, seat: { visitId: 'v1' } });
    expect(match(row({ plannedStart: 700 }))).toMatchObject({ ok: true, seat: { visitId: 'v2' } });
    expect(match(row({ visitDate: '2026-12-08' }))).toMatchObject({ ok: true, seat: { visitId: 'v3' } });
  });

  it('says why a row matches nothing', () => {
    expect(match(row({ workerRef: 'W-BEN' }))).toEqual({
      ok: false,
      reason: 'No worker has the staff reference “W-BEN”',
    });
    expect(match(row({ personName: 'Sam Taylor' }))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Sam Taylor'),
    });
    expect(match(row({ plannedStart: 1000 }))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('within 2 hours'),
    });
  });
});
