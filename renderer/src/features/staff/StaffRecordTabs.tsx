import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatPence } from '@shared/domain/policy/pay-policy';
import { ATTACHMENT_KINDS, REVIEW_KINDS, labelOf } from '@shared/domain/staff/codes';
import type { StaffProfile } from '@shared/domain/staff/profile';
import { jobRoleLabel } from '@shared/domain/staff/job-roles';
import type { StaffRecord } from '@shared/domain/staff/staff';
import { ApiError } from '@renderer/api/api-client';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { useHasRole } from '@renderer/app/session-context';
import { Banner, Panel, QueryState, SummaryList, Tag } from '@renderer/components/Layout';
import { AddPayRateForm, AddReferenceForm, AddReviewForm, UploadForm } from './ChildForms';
import { EditableSection, ReauthForm } from './Sections';
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
  { key: 'compliance', label: 'Compliance' },
  { key: 'emergency', label: 'Emergency contact' },
  { key: 'equality', label: 'Equality' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

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
  const queryClient = useQueryClient();
  const isManager = useHasRole('manager');
  const [tab, setTab] = useState<TabKey>(TABS.some((t) => t.key === initialTab) ? (initialTab as TabKey) : 'identity');
  const [revealed, setRevealed] = useState(false);
  const profileQuery = useQuery(procedureQuery(api, 'staff.getProfile', { id: staff.id }));
  const sensitiveQuery = useQuery({
    ...procedureQuery(api, 'staff.getSensitive', { id: staff.id }),
    enabled: isManager && revealed,
    retry: false,
  });
  const refresh = () =>
    queryClient.invalidateQueries({
      predicate: (q) => String(q.queryKey[0]).startsWith('staff.') || String(q.queryKey[0]).startsWith('compliance.'),
    });
  const saveDetails = async (patch: Record<string, unknown>) => {
    await api.call('staff.updateDetails', { id: staff.id, details: patch });
    await refresh();
  };
  const saveSensitive = async (patch: Record<string, unknown>) => {
    await api.call('staff.updateSensitive', { id: staff.id, sensitive: patch });
    await refresh();
  };
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
        specs={specs}
        values={sensitiveQuery.data as unknown as Record<string, unknown>}
        prefix="sensitive"
        canEdit
        onSave={saveSensitive}
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
          <div className="tabs" role="tablist" aria-label="Parts of the record">
            {TABS.map((t) => (
              <button
                key={t.key}
                type="button"
                role="tab"
                id={`tab-${t.key}`}
                aria-controls={`panel-${t.key}`}
                aria-selected={tab === t.key}
                tabIndex={tab === t.key ? 0 : -1}
                className="tabs__tab"
                onClick={() => setTab(t.key)}
                onKeyDown={(event) => {
                  const i = TABS.findIndex((x) => x.key === tab);
                  const next =
                    event.key === 'ArrowRight'
                      ? TABS[(i + 1) % TABS.length]
                      : event.key === 'ArrowLeft'
                        ? TABS[(i - 1 + TABS.length) % TABS.length]
                        : null;
                  if (next) {
                    setTab(next.key);
                    document.getElementById(`tab-${next.key}`)?.focus();
                  }
                }}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === 'identity' && (
              <>
                {foundation}
                <EditableSection
                  title="Identity and home"
                  specs={IDENTITY_FIELDS}
                  values={details(profileQuery.data)}
                  prefix="details"
                  canEdit={isManager}
                  onSave={saveDetails}
                />
                {sensitiveSection('Date of birth and NI number', SENSITIVE_IDENTITY_FIELDS)}
              </>
            )}
            {tab === 'employment' && (
              <EditableSection
                title="Employment"
                specs={EMPLOYMENT_FIELDS}
                values={details(profileQuery.data)}
                prefix="details"
                canEdit={isManager}
                onSave={saveDetails}
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
            {tab === 'pay' && <PayTab profile={profileQuery.data} isManager={isManager} onSaveDetails={saveDetails} />}
            {tab === 'compliance' && (
              <>
                <EditableSection
                  title="Checks and dates"
                  specs={COMPLIANCE_FIELDS}
                  values={details(profileQuery.data)}
                  prefix="details"
                  canEdit={isManager}
                  onSave={saveDetails}
                />
                {sensitiveSection('DBS certificate', SENSITIVE_DBS_FIELDS)}
                <ChecksPanels profile={profileQuery.data} isManager={isManager} />
              </>
            )}
            {tab === 'emergency' && (
              <EditableSection
                title="Emergency contact"
                specs={EMERGENCY_FIELDS}
                values={details(profileQuery.data)}
                prefix="details"
                canEdit={isManager}
                onSave={saveDetails}
              />
            )}
            {tab === 'equality' &&
              (isManager ? (
                sensitiveSection('Equality monitoring', SENSITIVE_EQUALITY_FIELDS)
              ) : (
                <p>Equality data is visible to the manager only.</p>
              ))}
          </div>
        </>
      )}
    </QueryState>
  );
}

function details(profile: StaffProfile): Record<string, unknown> {
  return profile.details as unknown as Record<string, unknown>;
}

function PayTab({
  profile,
  isManager,
  onSaveDetails,
}: {
  profile: StaffProfile;
  isManager: boolean;
  onSaveDetails: (patch: Record<string, unknown>) => Promise<void>;
}) {
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
        {profile.payHistory.length === 0 ? (
          <p className="muted">No rates recorded.</p>
        ) : (
          <table className="simple-table">
            <caption className="visually-hidden">Rate history</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Rate</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {profile.payHistory.map((rate) => (
                <tr key={rate.id}>
                  <td>{formatDate(rate.effectiveFrom)}</td>
                  <td>{formatPence(rate.pencePerHour)}</td>
                  <td>{rate.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {isManager && <AddPayRateForm staffId={profile.staffId} />}
      </Panel>
      <EditableSection
        title="Pay terms"
        specs={PAY_TERMS_FIELDS}
        values={profile.details as unknown as Record<string, unknown>}
        prefix="details"
        canEdit={isManager}
        onSave={onSaveDetails}
      />
    </>
  );
}

function ChecksPanels({ profile, isManager }: { profile: StaffProfile; isManager: boolean }) {
  const api = useApi();
  const [opening, setOpening] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const open = async (id: string) => {
    setOpening(id);
    setOpenError(null);
    try {
      const file = await api.call('staff.downloadAttachment', { id });
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setOpenError(
        error instanceof ApiError && error.reason === 'reauth_required'
          ? 'Show sensitive details first (enter your password again) to open documents.'
          : error instanceof Error
            ? error.message
            : 'Could not open the document.',
      );
    } finally {
      setOpening(null);
    }
  };
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
        {openError && <Banner tone="warning">{openError}</Banner>}
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
                    disabled={opening === a.id}
                    onClick={() => void open(a.id)}
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
