import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellStatus, expiryFor, isValidOn } from '@shared/domain/training/expiry';
import { addMonths } from '@shared/domain/time/calendar';
import { CourseInput, ProviderInput } from '@shared/domain/training/catalogue';
import { RecordInput } from '@shared/domain/training/records';
import { sniffCertificate } from '@main/services/training/records-service';

const windows = { first: 90, second: 60, third: 30 };
const ID = '01900000-0000-7000-8000-000000000001';

describe('expiry rules', () => {
  it('expiry is completion + validity months − 1 day (ASC-WDS), none when the course does not expire', () => {
    expect(expiryFor('2025-03-10', 12)).toBe('2026-03-09');
    expect(expiryFor('2024-01-31', 1)).toBe('2024-02-28');
    expect(expiryFor('2023-02-28', 36)).toBe('2026-02-27');
    expect(expiryFor('2025-03-10', null)).toBeNull();
  });

  it('month addition clamps to the end of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-12-15', 2)).toBe('2026-02-15');
  });

  it('a record is valid from completion through its last valid day', () => {
    const record = { completedOn: '2025-01-01', expiresOn: '2025-12-31' };
    expect(isValidOn(record, '2024-12-31')).toBe(false);
    expect(isValidOn(record, '2025-01-01')).toBe(true);
    expect(isValidOn(record, '2025-12-31')).toBe(true);
    expect(isValidOn(record, '2026-01-01')).toBe(false);
  });

  it('cells move through 90/60/30-day warnings to expired', () => {
    expect(cellStatus(undefined, '2026-01-01', windows)).toBe('missing');
    expect(cellStatus(null, '2026-01-01', windows)).toBe('valid');
    expect(cellStatus('2026-06-01', '2026-01-01', windows)).toBe('valid');
    expect(cellStatus('2026-03-15', '2026-01-01', windows)).toBe('expiring_90');
    expect(cellStatus('2026-02-15', '2026-01-01', windows)).toBe('expiring_60');
    expect(cellStatus('2026-01-10', '2026-01-01', windows)).toBe('expiring_30');
    expect(cellStatus('2026-01-01', '2026-01-01', windows)).toBe('expiring_30');
    expect(cellStatus('2025-12-31', '2026-01-01', windows)).toBe('expired');
  });

  it('expiry is always after completion for any validity', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 999 }),
        (date, months) => {
          const completed = date.toISOString().slice(0, 10);
          const expiry = expiryFor(completed, months);
          return expiry !== null && expiry > completed;
        },
      ),
    );
  });
});

describe('training schemas', () => {
  it('refuses an expiry before completion with the field named', () => {
    const result = RecordInput.safeParse({
      staffId: ID,
      courseId: ID,
      completedOn: '2025-05-01',
      expiresOn: '2025-04-01',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['expiresOn']);
  });

  it('a specialist provider needs a strand and others may not have one', () => {
    expect(
      ProviderInput.safeParse({ name: 'X', kind: 'specialist', strand: null, contact: null }).error?.issues[0]?.path,
    ).toEqual(['strand']);
    expect(
      ProviderInput.safeParse({ name: 'X', kind: 'in_house', strand: 'dementia', contact: null }).error?.issues[0]
        ?.path,
    ).toEqual(['strand']);
  });

  it('refuses unknown ASC-WDS categories and validity outside 1–999', () => {
    const base = {
      name: 'C',
      providerId: ID,
      ascwdsCategory: 20,
      strand: null,
      delivery: 'e_learning',
      accredited: false,
      validityMonths: 12,
      countsCareCertificate: false,
      countsQualification: false,
      countsOtj: false,
    };
    expect(CourseInput.safeParse(base).success).toBe(true);
    expect(CourseInput.safeParse({ ...base, ascwdsCategory: 3 }).error?.issues[0]?.path).toEqual(['ascwdsCategory']);
    expect(CourseInput.safeParse({ ...base, validityMonths: 0 }).error?.issues[0]?.path).toEqual(['validityMonths']);
  });
});

describe('certificate type check', () => {
  it('recognises PDF, PNG and JPEG by their first bytes and nothing else', () => {
    expect(sniffCertificate(new TextEncoder().encode('%PDF-1.7 ...'))).toBe('application/pdf');
    expect(sniffCertificate(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffCertificate(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffCertificate(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(sniffCertificate(new TextEncoder().encode('PK\u0003\u0004 docx'))).toBeNull();
  });
});
