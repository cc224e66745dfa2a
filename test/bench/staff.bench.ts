import { performance } from 'node:perf_hooks';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import { systemContext } from '@main/rpc/handler-context';
import { buildAscwdsExport } from '@main/services/ascwds/ascwds-export';
import type { TrainingExportRow } from '@main/services/ascwds/training-rows';
import { seededRandom } from '@main/platform/random';
import { openTestBackend } from '../fixtures/test-backend';
import { benchRow, percentile, type BenchRow } from './bench-row';

const HEADER =
  'staff_reference,first_name,last_name,preferred_name,job_role,email,phone,start_date,home_postcode,home_area,' +
  'lives_in_borough,cwp_category,contract_type,guaranteed_weekly_hours,zero_hours,wtr_opt_out,wtr_opt_out_signed,' +
  'hourly_rate,travel_paid_full_rate,occupational_sick_pay,' +
  'dbs_certificate_number,dbs_issue_date,dbs_barred_list_checked,' +
  'dbs_update_service,dbs_recheck_due,rtw_document_type,rtw_expiry,date_of_birth,ni_number,sex,' +
  'ethnicity,disability,nationality,recruitment_source,emergency_contact_name,emergency_contact_phone';

/** CPU time since a mark: on a shared, loaded machine wall time overstates what the code costs. */
function cpuNote(since: NodeJS.CpuUsage): string {
  const used = process.cpuUsage(since);
  return `CPU ${((used.user + used.system) / 1e6).toFixed(2)} s`;
}

/** A realistic branch spreadsheet of `count` rows (every column a real one would fill). */
export function spreadsheet(count: number, prefix: string): string {
  const random = seededRandom(11);
  const lines = [HEADER];
  for (let i = 0; i < count; i += 1) {
    const day = String(random.int(1, 28)).padStart(2, '0');
    const month = String(random.int(1, 12)).padStart(2, '0');
    lines.push(
      [
        `${prefix}${String(i).padStart(6, '0')}`,
        `Given${i}`,
        `Family${i % 997}`,
        '',
        random.pick(['8', '8', '8', '52', '7']),
        `p${i}@example.org`,
        '07700 900123',
        `${day}/${month}/20${random.int(15, 25)}`,
        `SE${random.int(1, 28)} ${random.int(1, 9)}AB`,
        'Lewisham',
        random.chance(0.7) ? 'yes' : 'no',
        '2',
        '1',
        String(random.int(32, 75) / 2),
        'no',
        'no',
        '',
        (random.int(1280, 1500) / 100).toFixed(2),
        'yes',
        'yes',
        String(random.int(100_000_000_000, 999_999_999_999)),
        '2015-01-01',
        'yes',
        'yes',
        '2027-06-01',
        'uk_passport',
        '',
        `19${random.int(60, 95)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
        `AB${String(i).padStart(6, '0')}C`,
        'female',
        '31',
        'no',
        '826',
        '12',
        'Pat Contact',
        '07700 900456',
      ].join(','),
    );
  }
  return lines.join('\n');
}

/**
 * Staff rows: import 10,000 rows, compliance dashboard on 5,000 staff, ASC-WDS export of 5,000 staff with 50,000
 * training records.
 */
export default async function staffBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const tb = await openTestBackend({ demo: true });
  const manager = await tb.signedIn('manager');
  // The spreadsheet carries sensitive columns, which import only after the password is entered again.
  await manager.ok('auth.reauthenticate', { password: DEMO_PASSWORD });
  const csv = spreadsheet(10_000, 'BI');
  // Warm the code paths with a small file first, as a running app would be.
  await manager.ok('staff.import', { csv: spreadsheet(200, 'BW'), dryRun: true });
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const report = await manager.ok('staff.import', { csv });
  const importSeconds = (performance.now() - started) / 1000;
  rows.push(
    benchRow(
      'staff.import_10k_s',
      's',
      '<=',
      3,
      report.imported ? importSeconds : null,
      `${report.created} created via dispatch: parse, validate every row, one transaction; ${cpuNote(cpu0)}`,
    ),
  );
  await tb.close();

  const big = await openTestBackend({ demo: true });
  const boss = await big.signedIn('manager');
  await boss.ok('auth.reauthenticate', { password: DEMO_PASSWORD });
  await boss.ok('staff.import', { csv: spreadsheet(4850, 'BC') });
  // Imports carry no references; give the imported staff two received references each, as a real branch has (bench
  // fixture).
  const imported = await big.backend.deps.db
    .selectFrom('staff')
    .select('id')
    .where('reference', 'like', 'BC%')
    .execute();
  const refRows = imported.flatMap((s, i) =>
    [0, 1].map((k) => ({
      id: `0196ffff-0000-7000-8000-${String(i * 2 + k).padStart(12, '0')}`,
      staff_id: s.id,
      referee_name: 'Referee',
      relationship: null,
      requested_on: null,
      received_on: '2024-01-01',
      created_at: '2026-01-01T00:00:00.000Z',
    })),
  );
  for (let i = 0; i < refRows.length; i += 500)
    await big.backend.deps.db
      .insertInto('staff_reference_check')
      .values(refRows.slice(i, i + 500))
      .execute();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let checked = 0;
  for (let i = 0; i < 40; i += 1) {
    const t = performance.now();
    const c = process.cpuUsage();
    const dashboard = await boss.ok('compliance.dashboard', {});
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpuTimes.push((used.user + used.system) / 1000);
    checked = dashboard.staffChecked;
  }
  rows.push(
    benchRow(
      'staff.compliance_ms',
      'ms',
      '<=',
      50,
      percentile(times.slice(5), 50),
      `median of 35 after warm-up, ${checked} staff, via dispatch; ` +
        `CPU median ${percentile(cpuTimes.slice(5), 50).toFixed(1)} ms`,
    ),
  );

  const ctx = systemContext(big.backend.deps, 'cli');
  const random = seededRandom(5);
  const makeTraining = (ids: readonly string[]): TrainingExportRow[] =>
    Array.from({ length: 50_000 }, (_, i) => ({
      staffId: ids[i % ids.length] as string,
      category: random.pick([10, 15, 20, 13, 7, 6, 8, 2]),
      name: 'Mandatory refresher',
      accredited: 1,
      whoDelivered: 1,
      providerCode: null,
      howDelivered: random.chance(0.5) ? 1 : 2,
      validityMonths: 12,
      completedOn: `2026-0${random.int(1, 9)}-1${random.int(0, 9)}`,
      expiresOn: `2027-0${random.int(1, 9)}-1${random.int(0, 9)}`,
      notes: null,
    }));
  const t0 = performance.now();
  const cpu1 = process.cpuUsage();
  const result = await buildAscwdsExport(ctx, null, {
    preview: false,
    sources: { training: (ids) => Promise.resolve(makeTraining(ids)), qualifications: () => Promise.resolve([]) },
  });
  const exportSeconds = (performance.now() - t0) / 1000;
  rows.push(
    benchRow(
      'ascwds.export_s',
      's',
      '<=',
      2,
      result.files ? exportSeconds : null,
      `${result.workers} staff, ${result.trainingRecords} training rows ` +
        `(generated in memory), validate + 3 CSVs + export memory; ${cpuNote(cpu1)}`,
    ),
  );
  await big.close();
  return rows;
}
