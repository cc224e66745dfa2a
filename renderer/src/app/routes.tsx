import { Route, Routes } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
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

/**
 * Every signed-in page. The backend decides what each role may read; the navigation only hides what it would refuse.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/staff" element={<StaffListPage />} />
      <Route path="/staff/new" element={<StaffFormPage />} />
      <Route path="/staff/import" element={<StaffImportPage />} />
      <Route path="/staff/:id" element={<StaffDetailPage />} />
      <Route path="/staff/:id/edit" element={<StaffFormPage />} />
      <Route path="/accounts" element={<AccountsPage />} />
      <Route path="/audit" element={<AuditLogPage />} />
      <Route path="/my-password" element={<OwnPasswordPage />} />
      <Route path="/people" element={<PeopleListPage />} />
      <Route path="/people/new" element={<PersonFormPage />} />
      <Route path="/people/:id" element={<PersonPage />} />
      <Route path="/people/:id/edit" element={<PersonFormPage />} />
      <Route path="/people/:id/ideal-week" element={<IdealWeekPage />} />
      <Route path="/availability" element={<AvailabilityPage />} />
      <Route path="/neighbourhood" element={<NeighbourhoodMapPage />} />
      <Route path="/training" element={<TrainingPage />} />
      <Route path="/training/staff/:id" element={<StaffTrainingPage />} />
      <Route path="/training/sessions/:id/register" element={<RegisterPage />} />
      <Route path="/my-training" element={<MyTrainingPage />} />
      {/* staff records in full */}
      <Route path="/compliance" element={<CompliancePage />} />
      <Route path="/charter" element={<CharterPage />} />
      <Route path="/policy/pay" element={<PayPolicyPage />} />
      <Route path="/workplace" element={<WorkplacePage />} />
      <Route path="/pathway" element={<PathwayPage />} />
      <Route path="/pathway/steps" element={<StepsPage />} />
      <Route path="/pathway/staff/:staffId" element={<WorkerPathwayPage />} />
      <Route path="/apprenticeships" element={<ApprenticeshipsPage />} />
      <Route path="/apprenticeships/new" element={<EnrolPage />} />
      <Route path="/apprenticeships/standards" element={<StandardsPage />} />
      <Route path="/apprenticeships/:id" element={<ApprenticeshipDetailPage />} />
      <Route path="/career" element={<CareerPage />} />
      <Route path="/rota" element={<RotaBoardPage />} />
      <Route path="/rota/priorities" element={<PlannerSettingsPage />} />
      <Route path="/my-rota" element={<MyRotaPage />} />
      <Route path="*" element={<p>There is no page at this address.</p>} />
    </Routes>
  );
}
