import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { BackupPage } from '../features/backup/BackupPage';
import { SyncPage } from '../features/sync/SyncPage';
import { OwnPasswordPage } from '../features/auth/OwnPasswordPage';
import { HomePage } from '../features/home/HomePage';
import { StaffDetailPage } from '../features/staff/StaffDetailPage';
import { StaffFormPage } from '../features/staff/StaffFormPage';
import { StaffListPage } from '../features/staff/StaffListPage';
import { AvailabilityPage } from '../features/people/AvailabilityPage';
import { IdealWeekPage } from '../features/people/IdealWeekPage';
import { NeighbourhoodMapPage } from '../features/people/NeighbourhoodMapPage';
import { PeopleListPage } from '../features/people/PeopleListPage';
import { PersonFormPage } from '../features/people/PersonFormPage';
import { PersonPage } from '../features/people/PersonPage';
import { PostcodeDirectoryPage } from '../features/people/PostcodeDirectoryPage';
import { MyTrainingPage } from '../features/training/MyTrainingPage';
import { RegisterPage } from '../features/training/RegisterPage';
import { StaffTrainingPage } from '../features/training/StaffTrainingPage';
import { TrainingPage } from '../features/training/TrainingPage';
import { CharterPage } from '../features/staff/CharterPage';
import { CompliancePage } from '../features/staff/CompliancePage';
import { PayPolicyPage } from '../features/staff/PayPolicyPage';
import { StaffImportPage } from '../features/staff/StaffImportPage';
import { WorkplacePage } from '../features/staff/WorkplacePage';
import { PathwayPage } from '../features/pathway/PathwayPage';
import { StepsPage } from '../features/pathway/StepsPage';
import { WorkerPathwayPage } from '../features/pathway/WorkerPathwayPage';
import { ApprenticeshipDetailPage } from '../features/apprenticeships/ApprenticeshipDetailPage';
import { ApprenticeshipsPage } from '../features/apprenticeships/ApprenticeshipsPage';
import { EnrolPage } from '../features/apprenticeships/EnrolPage';
import { StandardsPage } from '../features/apprenticeships/StandardsPage';
import { CareerPage } from '../features/career/CareerPage';
import { RotaBoardPage } from '../features/rota/RotaBoardPage';
import { PlannerSettingsPage } from '../features/rota/PlannerSettingsPage';
import { MyRotaPage } from '../features/rota/MyRotaPage';
import { BookPage } from '../features/hub/BookPage';
import { BuildingPage } from '../features/hub/BuildingPage';
import { HubSetupPage } from '../features/hub/HubSetupPage';
import { KioskAdminPage } from '../features/hub/KioskAdminPage';
import { MyBookingsPage } from '../features/hub/MyBookingsPage';
import { SeriesPage } from '../features/hub/SeriesPage';
import { UsagePage } from '../features/hub/UsagePage';
import { DeparturesPage } from '../features/hub/DeparturesPage';
import { SickPaySchemePage } from '../features/sick-pay-scheme/SickPaySchemePage';
import { TodayVisitsPage } from '../features/actuals/TodayVisitsPage';
import { CallMonitoringPage } from '../features/actuals/CallMonitoringPage';
import { TeamWeekPage } from '../features/team-week/TeamWeekPage';
import { TeamChangesPage } from '../features/team-week/TeamChangesPage';
import { TeamMeetingsPage } from '../features/team-meetings/TeamMeetingsPage';
import { TeamIdealWeeksPage } from '../features/ideal-week-proposals/TeamIdealWeeksPage';
import { ProposalsPage } from '../features/ideal-week-proposals/ProposalsPage';
import type { PagePath } from './page-roles';
import { RoleGate } from './RoleGate';
import { VisitTimesPage } from '../features/visit-times/VisitTimesPage';

// Each signed-in page by its path; who may use it is declared once, in PAGE_ROLES.
const PAGES: readonly (readonly [PagePath, ReactElement])[] = [
  ['/', <HomePage />],
  ['/staff', <StaffListPage />],
  ['/staff/new', <StaffFormPage />],
  ['/staff/import', <StaffImportPage />],
  ['/staff/:id', <StaffDetailPage />],
  ['/staff/:id/edit', <StaffFormPage />],
  ['/accounts', <AccountsPage />],
  ['/audit', <AuditLogPage />],
  ['/backups', <BackupPage />],
  ['/council-sync', <SyncPage />],
  ['/my-password', <OwnPasswordPage />],
  ['/people', <PeopleListPage />],
  ['/people/new', <PersonFormPage />],
  ['/people/postcodes', <PostcodeDirectoryPage />],
  ['/people/:id', <PersonPage />],
  ['/people/:id/edit', <PersonFormPage />],
  ['/people/:id/ideal-week', <IdealWeekPage />],
  ['/availability', <AvailabilityPage />],
  ['/neighbourhood', <NeighbourhoodMapPage />],
  ['/training', <TrainingPage />],
  ['/training/staff/:id', <StaffTrainingPage />],
  ['/training/sessions/:id/register', <RegisterPage />],
  ['/my-training', <MyTrainingPage />],
  ['/compliance', <CompliancePage />],
  ['/charter', <CharterPage />],
  ['/policy/pay', <PayPolicyPage />],
  ['/workplace', <WorkplacePage />],
  ['/pathway', <PathwayPage />],
  ['/pathway/steps', <StepsPage />],
  ['/pathway/staff/:staffId', <WorkerPathwayPage />],
  ['/apprenticeships', <ApprenticeshipsPage />],
  ['/apprenticeships/new', <EnrolPage />],
  ['/apprenticeships/standards', <StandardsPage />],
  ['/apprenticeships/:id', <ApprenticeshipDetailPage />],
  ['/career', <CareerPage />],
  ['/rota', <RotaBoardPage />],
  ['/rota/priorities', <PlannerSettingsPage />],
  ['/my-rota', <MyRotaPage />],
  ['/hub', <BookPage />],
  ['/hub/series', <SeriesPage />],
  ['/hub/bookings', <MyBookingsPage />],
  ['/hub/kiosk', <KioskAdminPage />],
  ['/hub/setup', <HubSetupPage />],
  ['/hub/building', <BuildingPage />],
  ['/hub/usage', <UsagePage />],
  ['/hub/departures', <DeparturesPage />],
  ['/kiosk', <KioskAdminPage />],
  ['/policy/sick-pay', <SickPaySchemePage />],
  ['/actuals', <TodayVisitsPage />],
  ['/actuals/call-monitoring', <CallMonitoringPage />],
  ['/team-week', <TeamWeekPage />],
  ['/team-changes', <TeamChangesPage />],
  ['/team-meetings', <TeamMeetingsPage />],
  ['/team-ideal-weeks', <TeamIdealWeeksPage />],
  ['/ideal-week-proposals', <ProposalsPage />],
  ['/visit-times', <VisitTimesPage />],
];

/**
 * Every signed-in page, drawn only for the roles it is for (PAGE_ROLES); anyone else reads that they have no access.
 * The backend still refuses what a role may not call: this only spares people a page of refusals.
 */
export function AppRoutes() {
  return (
    <Routes>
      {PAGES.map(([path, page]) => (
        <Route key={path} path={path} element={<RoleGate path={path}>{page}</RoleGate>} />
      ))}
      <Route path="*" element={<p>There is no page at this address.</p>} />
    </Routes>
  );
}
