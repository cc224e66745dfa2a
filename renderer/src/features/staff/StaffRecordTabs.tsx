import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatPence } from '@shared/domain/policy/pay-policy';
import { ATTACHMENT_KINDS, REVIEW_KINDS, labelOf } from '@shared/domain/staff/codes';
import type { StaffProfile } from '@shared/domain/staff/profile';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import type { StaffRecord } from '@shared/domain/staff/staff';
import { ApiError } from '@renderer/api/api-client';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { DataTable } from '@renderer/components/DataTable';
import { downloadBase64 } from '@renderer/components/files';
import { ErrorSummary } from '@renderer/components/ErrorSummary';
import { Banner, Panel, QueryState, SummaryList, Tag } from '@renderer/components/Layout';
import { Tabs } from '@renderer/components/Tabs';
import { AddPayRateForm, AddReferenceForm, AddReviewForm, UploadForm } from './ChildForms';
import { EditableSection, ReauthForm } from './Sections';
import { SickPayPanel } from './SickPayPanel';
import { HolidayPanel } from './HolidayPanel';
import {
  COMPLIANCE_FIELDS,
  EMERGENCY_FIELDS,
  EMPLOYMENT_FIELDS,
  IDENTITY_FIELDS,
  PAY_TERMS_FIELDS,
  SENSITIVE_DBS_FIELDS,
  SENSITIVE_EQUALITY_FIELDS,
  SENSITIVE_IDENTITY_FIELDS,
  type FieldSpec,
} from './record-fields';
import { formatDate, formatInstant } from '@shared/domain/time/format';

const TABS = [
  { key: 'identity', label: 'Identity' },
  { key: 'employment', label: 'Employment' },
  { key: 'pay', label: 'Pay' },
  { key: 'sickness', label: 'Sickness' },
  { key: 'compliance', label: 'Compliance' },
  { key: 'emergency', label: 'Emergency contact' },
  { key: 'equality', label: 'Equality' },
  { key: 'holiday', label: 'Holiday' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

function tabFrom(asked: string | null): TabKey {
  return TABS.find((t) => t.key === asked)?.key ?? 'identity';
}

/** The full record in the tabs a manager expects; sensitive parts only after re-authentication. */
export function StaffRecordTabs({
  staff,
  initialTab,
  foundation,
}: {
  staff: StaffRecord;
  initialTab: string | null;
  foundation: ReactNode;
}) {
  const api = useApi();
  const isManager = useHasRole('manager');
  const [tab, setTab] = useState<TabKey>(tabFrom(initialTab));
  const [revealed, setRevealed] = useState(false);
  const profileQuery = useQuery(procedureQuery(api, 'staff.getProfile', { id: staff.id }));
  const sensitiveQuery = useQuery({
    ...procedureQuery(api, 'staff.getSensitive', { id: staff.id }),
    enabled: isManager && revealed,
    retry: false,
  });
  const reauthExpired = sensitiveQuery.error instanceof ApiError && sensitiveQuery.error.reason === 'reauth_required';

  const sensitiveSection = (title: string, specs: FieldSpec[]) => {
    if (!isManager) return null;
    if (!revealed || reauthExpired || !sensitiveQuery.data) {
      return (
        <Panel title={title}>
          {revealed && sensitiveQuery.isLoading ? (
            <p role="status">Loading…</p>
          ) : (
            <ReauthForm
              onConfirmed={() => {
                setRevealed(true);
                void sensitiveQuery.refetch();
              }}
            />
          )}
        </Panel>
      );
    }
    return (
      <EditableSection
        title={title}
        staffId={staff.id}
        kind="sensitive"
        specs={specs}
        values={sensitiveQuery.data}
        canEdit
      />
    );
  };

  return (
    <QueryState isLoading={profileQuery.isLoading} error={profileQuery.error}>
      {profileQuery.data && (
        <>
          {profileQuery.data.erasedAt && (
            <Banner tone="warning">
              This record was erased under the retention rule on {formatInstant(profileQuery.data.erasedAt)}.
            </Banner>
          )}
          <Tabs label="Parts of the record" tabs={TABS} selected={tab} onSelect={setTab}>
            {tab === 'identity' && (
              <>
                {foundation}
                <EditableSection
                  title="Identity and home"
                  specs={IDENTITY_FIELDS}
                  staffId={staff.id}
                  kind="details"
                  values={profileQuery.data.details}
                  canEdit={isManager}
                />
                {sensitiveSection('Date of birth and NI number', SENSITIVE_IDENTITY_FIELDS)}
              </>
            )}
            {tab === 'employment' && (
              <EditableSection
                title="Employment"
                specs={EMPLOYMENT_FIELDS}
                staffId={staff.id}
                kind="details"
                values={profileQuery.data.details}
                canEdit={isManager}
              >
                <SummaryList
                  items={[
                    { key: 'Employer', value: profileQuery.data.employerName },
                    { key: 'Start date', value: formatDate(staff.startDate) },
                    { key: 'Main job role', value: `${jobRoleLabel(staff.jobRole)} (ASC-WDS ${staff.jobRole})` },
                  ]}
                />
              </EditableSection>
            )}
            {tab === 'pay' && <PayTab profile={profileQuery.data} isManager={isManager} />}
            {tab === 'sickness' && <SickPayPanel staffId={staff.id} />}
            {tab === 'compliance' && (
              <>
                <EditableSection
                  title="Checks and dates"
                  specs={COMPLIANCE_FIELDS}
                  staffId={staff.id}
                  kind="details"
                  values={profileQuery.data.details}
                  canEdit={isManager}
                />
                {sensitiveSection('DBS certificate', SENSITIVE_DBS_FIELDS)}
                <ChecksPanels profile={profileQuery.data} isManager={isManager} />
              </>
            )}
            {tab === 'emergency' && (
              <EditableSection
                title="Emergency contact"
                specs={EMERGENCY_FIELDS}
                staffId={staff.id}
                kind="details"
                values={profileQuery.data.details}
                canEdit={isManager}
              />
            )}
            {tab === 'equality' &&
              (isManager ? (
                sensitiveSection('Equality monitoring', SENSITIVE_EQUALITY_FIELDS)
              ) : (
                <p>Equality data is visible to the manager only.</p>
              ))}
            {tab === 'holiday' && <HolidayPanel staffId={staff.id} />}
          </Tabs>
        </>
      )}
    </QueryState>
  );
}

function PayTab({ profile, isManager }: { profile: StaffProfile; isManager: boolean }) {
  const api = useApi();
  const policy = useQuery(procedureQuery(api, 'policy.payPolicy', {}));
  const floor = policy.data?.floorToday.pencePerHour ?? null;
  const current = profile.currentPencePerHour;
  const below = floor !== null && (current === null || current < floor);
  return (
    <>
      <Panel title="Hourly rate">
        <SummaryList
          items={[
            {
              key: 'Current rate',
              value:
                current === null ? null : (
                  <>
                    {formatPence(current)} an hour{' '}
                    {floor !== null && (
                      <Tag tone={below ? 'red' : 'green'}>{below ? 'Below floor' : 'At or above floor'}</Tag>
                    )}
                  </>
                ),
            },
            { key: 'Pay floor in force', value: floor === null ? null : `${formatPence(floor)} an hour` },
            {
              key: 'Living wage (Charter stage 3)',
              value: policy.data?.charterPenceToday ? `${formatPence(policy.data.charterPenceToday)} an hour` : null,
            },
          ]}
        />
        <h3>Rate history</h3>
        <DataTable
          label="Rate history"
          columns={[
            { key: 'from', header: 'From', width: '9em', render: (rate) => rate.effectiveFrom },
            { key: 'rate', header: 'Rate', width: '9em', render: (rate) => formatPence(rate.pencePerHour) },
            { key: 'note', header: 'Note', render: (rate) => rate.note ?? '' },
          ]}
          rows={profile.payHistory}
          rowKey={(rate) => rate.id}
          empty="No rates recorded."
        />
        {isManager && <AddPayRateForm staffId={profile.staffId} />}
      </Panel>
      <EditableSection
        title="Pay terms"
        staffId={profile.staffId}
        kind="details"
        specs={PAY_TERMS_FIELDS}
        values={profile.details}
        canEdit={isManager}
      />
    </>
  );
}

function ChecksPanels({ profile, isManager }: { profile: StaffProfile; isManager: boolean }) {
  const attachment = useProcedureMutation('staff.downloadAttachment');
  const open = (id: string) =>
    attachment.mutate(
      { id },
      { onSuccess: (file) => downloadBase64(file.fileName, file.mediaType, file.contentBase64) },
    );
  const openError =
    attachment.error instanceof ApiError && attachment.error.reason === 'reauth_required'
      ? new Error('Show sensitive details first (enter your password again) to open documents.')
      : attachment.error;
  return (
    <>
      <Panel title="References">
        <SummaryList
          items={
            profile.references.length === 0
              ? [{ key: 'References', value: null }]
              : profile.references.map((r, i) => ({
                  key: `${i + 1}. ${r.refereeName}`,
                  value:
                    `${r.relationship ?? ''} — ` +
                    `${
                      r.receivedOn
                        ? `received ${formatDate(r.receivedOn)}`
                        : r.requestedOn
                          ? `requested ${formatDate(r.requestedOn)}, ` + `not received`
                          : 'not requested'
                    }`,
                }))
          }
        />
        {isManager && <AddReferenceForm staffId={profile.staffId} />}
      </Panel>
      <Panel title="Supervisions, appraisals and spot checks">
        <SummaryList
          items={
            profile.reviews.length === 0
              ? [{ key: 'Held', value: null }]
              : profile.reviews.map((r) => ({
                  key: `${formatDate(r.heldOn)} ${labelOf(REVIEW_KINDS, r.kind) ?? ''}`,
                  value: r.notes ?? '—',
                }))
          }
        />
        {isManager && <AddReviewForm staffId={profile.staffId} />}
      </Panel>
      <Panel title="Documents">
        <ErrorSummary error={openError} />
        {profile.attachments.length === 0 ? (
          <p className="muted">No documents attached.</p>
        ) : (
          <ul>
            {profile.attachments.map((a) => (
              <li key={a.id}>
                {labelOf(ATTACHMENT_KINDS, a.kind)}: {a.fileName} ({Math.ceil(a.sizeBytes / 1024)} KB,{' '}
                {formatInstant(a.uploadedAt)}){' '}
                {isManager && (
                  <button
                    type="button"
                    className="button button--link"
                    disabled={attachment.isPending}
                    onClick={() => open(a.id)}
                  >
                    Open {a.fileName}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {isManager && <UploadForm staffId={profile.staffId} />}
      </Panel>
      <p>
        <Link to="/compliance">Back to the compliance dashboard</Link>
      </p>
    </>
  );
}
