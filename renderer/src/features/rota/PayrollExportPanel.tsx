import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  PAY_PERIOD_LABELS,
  PAYROLL_LAYOUT_LABELS,
  PayPeriodKind,
  PayrollLayout,
  type PayrollSummary,
} from '@shared/domain/rota-board/payroll';
import { formatDate } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { ApiError } from '@renderer/api/api-client';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { SelectField } from '@renderer/components/Field';
import { downloadText } from '@renderer/components/files';
import { NO_ERRORS } from '@renderer/components/form-errors';
import { Banner, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { optionsFrom } from '@renderer/components/options';
import { ReauthForm } from '@renderer/features/staff/Sections';
import { hoursText, pounds } from './rota-format';

const PERIOD_OPTIONS = optionsFrom(PAY_PERIOD_LABELS);
const LAYOUT_OPTIONS = optionsFrom(PAYROLL_LAYOUT_LABELS);

function periodText(s: PayrollSummary): string {
  return `${PAY_PERIOD_LABELS[s.kind]}: ${formatDate(s.startDate)} to ${formatDate(s.endDate)}`;
}

/** The check-answers list for an export: the period and the totals the file will hold. */
function SummaryOfExport({ summary }: { summary: PayrollSummary }) {
  return (
    <SummaryList
      items={[
        { key: 'Pay period', value: periodText(summary) },
        { key: 'Workers', value: String(summary.workers) },
        { key: 'Hours worked', value: hoursText(summary.paidMinutes) },
        { key: 'Guaranteed hours top-up', value: pounds(summary.topUpPence) },
        {
          key: 'Sick pay',
          value: `${pounds(summary.sspPence)} statutory, ${pounds(summary.ospPence)} occupational on top`,
        },
        {
          key: 'Holiday',
          value:
            `${hoursText(summary.holidayMinutes)} of leave, ${pounds(summary.holidayPence)} holiday pay, ` +
            `${pounds(summary.rolledUpHolidayPence)} rolled-up holiday pay`,
        },
        { key: 'Gross pay, all workers', value: pounds(summary.grossPence) },
        {
          key: 'Paid below the pay floor',
          value: summary.belowFloor === 0 ? 'Nobody' : `${summary.belowFloor} workers`,
        },
        {
          key: 'Visit times',
          value:
            summary.fromActuals === 0
              ? 'All as planned (no actual times recorded)'
              : `Actual times recorded for ${summary.fromActuals} of ${summary.workers} workers; the rest as planned`,
        },
      ]}
    />
  );
}

/**
 * Export a pay period starting with the week shown, after checking what the file will hold. A period is exported
 * once: the backend refuses one that overlaps a period already exported.
 */
export function PayrollExportPanel({ isoWeek }: { isoWeek: string }) {
  const api = useApi();
  const [kind, setKind] = useState<PayPeriodKind>('weekly');
  const [layout, setLayout] = useState<PayrollLayout>('brightpay');
  const [checking, setChecking] = useState(false);
  const summary = useQuery({
    ...procedureQuery(api, 'rota.payrollSummary', { kind, firstWeek: isoWeek }),
    enabled: checking,
  });
  const exporter = useProcedureMutation('rota.payrollExport');
  const done = exporter.data;
  const needReauth = exporter.error instanceof ApiError && exporter.error.reason === 'reauth_required';
  const exportNow = () =>
    exporter.mutate({ kind, firstWeek: isoWeek, layout }, { onSuccess: (out) => downloadText(out.fileName, out.csv) });
  return (
    <Panel title="Payroll export">
      <ErrorSummary error={summary.error ?? (needReauth ? null : exporter.error)} />
      {done ? (
        <Banner tone="success" title="Payroll exported">
          {`${periodText(done.summary)}: ${done.summary.workers} workers, ${pounds(done.summary.grossPence)} gross, ` +
            `saved as ${done.fileName}.`}
        </Banner>
      ) : (
        <>
          <p>
            One row per worker for a payroll package: hours by kind (visits, travel, waiting, training and meetings,
            holiday), guaranteed-hours top-up, sick pay, holiday pay and rate. A weekly, fortnightly or four-weekly
            period starts with the week shown; a monthly one is every week ending (on its Sunday) in the month the week
            shown ends in. Each period is exported once.
          </p>
          <p>
            BrightPay’s layout is the default: its import of payments and additions from a CSV file is published and
            takes every kind of hours on its own line. In BrightPay choose Payroll, Import, Import Mix of Payments,
            Additions and Deductions from CSV File, then Match Header Row. Hours are written to two decimal places, so
            BrightPay’s hours × rate can differ from the gross here by a penny. The Neighbourhood Hub summary holds
            every figure of the pay view, with the pay floor.
          </p>
          <SelectField
            formId="payroll"
            name="kind"
            label="Pay period"
            errors={NO_ERRORS}
            options={PERIOD_OPTIONS}
            value={kind}
            onChange={(e) => {
              setKind(PayPeriodKind.parse(e.target.value));
              setChecking(false);
            }}
          />
          <SelectField
            formId="payroll"
            name="layout"
            label="File layout"
            errors={NO_ERRORS}
            options={LAYOUT_OPTIONS}
            value={layout}
            onChange={(e) => setLayout(PayrollLayout.parse(e.target.value))}
          />
          {!checking ? (
            <Button onClick={() => setChecking(true)}>Check the payroll export</Button>
          ) : (
            <QueryState isLoading={summary.isLoading} error={null}>
              {summary.data && (
                <>
                  <h3>Check before exporting</h3>
                  <SummaryOfExport summary={summary.data} />
                  {summary.data.overlaps ? (
                    <Banner tone="warning" title="Already exported">
                      The period {formatDate(summary.data.overlaps.startDate)} to{' '}
                      {formatDate(summary.data.overlaps.endDate)} overlaps this one and has been exported.
                    </Banner>
                  ) : needReauth ? (
                    <ReauthForm
                      onConfirmed={exportNow}
                      intro={
                        'The file holds every worker’s pay for the period. Enter your password again to export it; ' +
                        'the export is recorded in the audit log.'
                      }
                      submitLabel="Confirm and export payroll CSV"
                    />
                  ) : (
                    <div className="button-row">
                      <Button onClick={exportNow} disabled={exporter.isPending}>
                        Export payroll CSV
                      </Button>
                      <Button variant="secondary" onClick={() => setChecking(false)}>
                        Change the period
                      </Button>
                    </div>
                  )}
                </>
              )}
            </QueryState>
          )}
        </>
      )}
    </Panel>
  );
}
