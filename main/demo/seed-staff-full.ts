import type { StaffInput } from '@shared/domain/staff/staff';
import { EMPTY_DETAILS, EMPTY_SENSITIVE, type StaffDetails, type StaffSensitive } from '@shared/domain/staff/profile';
import { addDays } from '@shared/domain/time/iso-week';
import { londonDate } from '../platform/clock';
import type { Random } from '../platform/random';
import type { HandlerContext } from '../rpc/context';
import { addPartner } from '../services/ascwds/workplace-service';
import { saveWorkplace, readWorkplace } from '../services/ascwds/workplace-service';
import { writeFullRecords, type FullRecord } from '../services/staff/full-record-writer';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';

const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const LEWISHAM_DISTRICTS = ['SE6', 'SE4', 'SE13', 'SE12', 'SE23', 'SE26', 'SE14', 'SE8'];
const OUTSIDE_DISTRICTS = ['SE9', 'SE18', 'BR1', 'CR0', 'SE15', 'SE22'];
const NI_PREFIXES = ['AB', 'CE', 'JH', 'PR', 'WL', 'SN', 'HT', 'ML'];

/** The full record of one demo worker, deterministic from the random source. */
interface SeedPerson {
  staff: StaffInput;
  id: string;
}

/**
 * Give every demo worker a realistic full record (employment, pay history, DBS, right to work, references,
 * equality data), with a few exceptions so the compliance dashboard and Charter checklist have lines to show.
 */
export async function seedFullRecords(
  ctx: HandlerContext,
  random: Random,
  people: readonly SeedPerson[],
): Promise<void> {
  const today = londonDate(ctx.deps.clock.now());
  const partners = await addPartner(ctx, 'Catford Community Carers CIC (partner, demo)');
  const partnerId = partners.find((p) => !p.lead)?.id ?? null;
  const workplace = await readWorkplace(ctx.deps);
  await saveWorkplace(ctx, {
    ...workplace,
    localEstId: 'LWP-CATFORD',
    address1: '12 Rushey Green',
    postTown: 'London',
    postcode: 'SE6 4JD',
    cqcProviderId: '1-101000001',
    cqcLocationId: '1-000000001',
    otherServices: [13],
    peopleSupported: 240,
    vacancies: [
      { jobRole: 8, count: 6 },
      { jobRole: 45, count: 1 },
    ],
    sickPay: 'yes',
    pension: 'yes',
    pensionContributionPercent: 5,
    holidayDays: 28,
    travelTime: 1,
    concernsProcedure: true,
    trainingInPaidTime: true,
    coworkerMeetings: true,
  });

  const care = (role: number) => [7, 8, 52].includes(role);
  // Exceptions the dashboard should show, by position among care workers (stable for a seed).
  const careIdx = people.map((p, i) => (care(p.staff.jobRole) ? i : -1)).filter((i) => i >= 0);
  const pick = (k: number) => careIdx[(k * 37) % careIdx.length] ?? -1;
  const belowFloor = new Set([pick(1), pick(2)]);
  const zeroHours = new Set([pick(3)]);
  const noSickPay = new Set([pick(4), pick(5)]);
  const dbsDueSoon = new Set([pick(6), pick(7), pick(8)]);
  const dbsOverdue = new Set([pick(9)]);
  const rtwSoon = new Set([pick(10), pick(11), pick(12)]);
  const rtwExpired = new Set([pick(13)]);
  const oneReference = new Set([pick(14), pick(15)]);

  const records: FullRecord[] = people.map((person, i) => {
    const role = person.staff.jobRole;
    const start = person.staff.startDate;
    const yearsIn = (Date.parse(today) - Date.parse(start)) / (365.25 * 86_400_000);
    const age = Math.max(random.int(19, 63), Math.ceil(yearsIn) + 18);
    const dob = addDays(today, -(age * 365 + random.int(0, 360)));
    const local = random.chance(0.7);
    const district = random.pick(local ? LEWISHAM_DISTRICTS : OUTSIDE_DISTRICTS);
    const postcode =
      `${district} ` + `${random.int(1, 9)}${random.pick([...POSTCODE_LETTERS])}${random.pick([...POSTCODE_LETTERS])}`;
    const isCare = care(role);
    const zero = zeroHours.has(i);
    const bank = !zero && isCare && random.chance(0.05);
    // Care contracts match the visits the branch has agreed (about 33 paid hours a week a care worker, with travel),
    // so guaranteed hours are 24 to 37.5 and the rota can honour them; seed-people staffs the shifts to the visits.
    const hours = zero ? null : isCare ? random.int(48, 75) / 2 : 37.5;
    const dbsIssued = addDays(start, -random.int(10, 40));
    const dbsIssue = dbsIssued > today ? addDays(today, -30) : dbsIssued;
    let recheck = addDays(today, random.int(60, 3 * 365));
    if (dbsDueSoon.has(i)) recheck = addDays(today, random.int(3, 25));
    if (dbsOverdue.has(i)) recheck = addDays(today, -random.int(5, 40));
    const shareCode = rtwSoon.has(i) || rtwExpired.has(i) || random.chance(0.12);
    let rtwExpiry: string | null = shareCode ? addDays(today, random.int(120, 900)) : null;
    if (rtwSoon.has(i)) rtwExpiry = addDays(today, random.int(10, 55));
    if (rtwExpired.has(i)) rtwExpiry = addDays(today, -random.int(3, 20));
    const optOut = random.chance(0.12);
    const cwp =
      role === 4 ? 7 : role === 43 ? 6 : role === 45 ? 4 : role === 7 ? 3 : isCare ? (yearsIn < 1 ? 1 : 2) : 998;
    const careRate = random.int(1290, 1520);
    const currentPence = belowFloor.has(i)
      ? random.int(1235, 1265)
      : isCare
        ? careRate
        : role === 4
          ? 2450
          : role === 43
            ? 2050
            : role === 45
              ? 1650
              : 1600;
    const drives = random.chance(0.45);
    const details: StaffDetails = {
      ...EMPTY_DETAILS,
      pronouns: random.chance(0.4) ? random.pick(['she/her', 'he/him', 'they/them']) : null,
      homePostcode: postcode,
      homeArea: local ? 'Lewisham' : random.pick(['Greenwich', 'Bromley', 'Southwark', 'Croydon']),
      employerId: isCare && partnerId && random.chance(0.1) ? partnerId : null,
      cwpCategory: cwp,
      contractType: bank ? 3 : 1,
      guaranteedWeeklyHours: bank ? null : hours,
      zeroHours: zero,
      wtrOptOut: optOut,
      wtrOptOutSigned: optOut ? start : null,
      travelPaidFullRate: true,
      occupationalSickPay: !noSickPay.has(i),
      dbsRecheckDue: recheck,
      rtwDocumentType: shareCode ? 'share_code' : random.chance(0.8) ? 'uk_passport' : 'birth_certificate_ni',
      rtwExpiry,
      rtwFollowUp: rtwExpiry ? addDays(rtwExpiry, -28) : null,
      drives,
      licenceCheckedOn: drives ? addDays(today, -random.int(10, 300)) : null,
      insuranceExpiry: drives ? addDays(today, random.int(20, 360)) : null,
      supervisionDue: addDays(today, random.int(-10, 80)),
      appraisalDue: addDays(today, random.int(-20, 360)),
      emergencyName: `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`,
      emergencyRelationship: random.pick(['Partner', 'Parent', 'Sibling', 'Friend', 'Son', 'Daughter']),
      emergencyPhone: `07700 9${String(random.int(0, 99_999)).padStart(5, '0')}`,
      livesInBorough: local,
      recruitmentSource: random.pick([1, 2, 5, 7, 8, 10, 12, 15, 17, 18]),
    };
    // Derived rather than drawn, so the seeded stream (and every later demo value) stays as it was.
    const cameFromCare = details.recruitmentSource === 1 || details.recruitmentSource === 2;
    // Never before the worker's 14th birthday (ASC-WDS ignores such a year), whatever the years in care drawn.
    details.startedInSector = Math.max(
      Number(dob.slice(0, 4)) + 14,
      Number(start.slice(0, 4)) - (cameFromCare ? 1 + (i % 9) : 0),
    );
    details.delegatedHealthcare = isCare && cwp >= 2 && i % 3 === 0;
    const sensitive: StaffSensitive = {
      ...EMPTY_SENSITIVE,
      dateOfBirth: dob,
      niNumber: [
        random.pick(NI_PREFIXES),
        String(random.int(0, 999_999)).padStart(6, '0'),
        random.pick(['A', 'B', 'C', 'D']),
      ].join(''),
      dbsCertificateNumber: String(random.int(1, 9)) + String(random.int(0, 99_999_999_999)).padStart(11, '0'),
      dbsIssueDate: dbsIssue,
      dbsBarredListChecked: true,
      dbsUpdateService: random.chance(0.8),
      sex: random.chance(0.78) ? 'female' : random.chance(0.95) ? 'male' : 'prefer_not_to_say',
      ethnicity: random.pick([31, 31, 31, 32, 34, 35, 39, 41, 44, 44, 44, 45, 45, 46, 98, 0]),
      disability: random.chance(0.88) ? 'no' : random.pick(['yes', 'prefer_not_to_say']),
      nationality: random.chance(0.72) ? 826 : random.pick([372, 616, 642, 566, 288, 716, 356, 608, 388]),
    };
    // Most were born in the country of their nationality; some British citizens were born abroad.
    sensitive.countryOfBirth = sensitive.nationality === 826 && i % 11 === 0 ? 566 : sensitive.nationality;
    const raise = '2025-04-01';
    const rates =
      start < raise
        ? [
            { effectiveFrom: start, pencePerHour: Math.max(1100, currentPence - random.int(40, 90)) },
            { effectiveFrom: raise, pencePerHour: currentPence },
          ]
        : [{ effectiveFrom: start, pencePerHour: currentPence }];
    const refsReceived = oneReference.has(i) ? 1 : 2;
    const references = Array.from({ length: 2 }, (_, k) => ({
      refereeName: `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`,
      relationship: k === 0 ? 'Previous employer' : 'Character reference',
      requestedOn: addDays(start, -30),
      receivedOn: k < refsReceived ? addDays(start, -random.int(5, 25)) : null,
    }));
    return { staff: person.staff, details, sensitive, rates, references };
  });
  await writeFullRecords(ctx, records, 'staff.seedFullRecords');
}
