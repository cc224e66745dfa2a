import { Route, Routes } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { HomePage } from '../features/home/HomePage';
import { StaffDetailPage } from '../features/staff/StaffDetailPage';
import { StaffFormPage } from '../features/staff/StaffFormPage';
import { StaffListPage } from '../features/staff/StaffListPage';
import { PathwayPage } from '../features/pathway/PathwayPage';
import { StepsPage } from '../features/pathway/StepsPage';
import { WorkerPathwayPage } from '../features/pathway/WorkerPathwayPage';
import { ApprenticeshipDetailPage } from '../features/apprenticeships/ApprenticeshipDetailPage';
import { ApprenticeshipsPage } from '../features/apprenticeships/ApprenticeshipsPage';
import { EnrolPage } from '../features/apprenticeships/EnrolPage';
import { StandardsPage } from '../features/apprenticeships/StandardsPage';
import { CareerPage } from '../features/career/CareerPage';

/** Every signed-in page. The backend decides what each role may read; the navigation only hides what it would refuse. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/staff" element={<StaffListPage />} />
      <Route path="/staff/new" element={<StaffFormPage />} />
      <Route path="/staff/:id" element={<StaffDetailPage />} />
      <Route path="/staff/:id/edit" element={<StaffFormPage />} />
      <Route path="/accounts" element={<AccountsPage />} />
      <Route path="/audit" element={<AuditLogPage />} />
      <Route path="/pathway" element={<PathwayPage />} />
      <Route path="/pathway/steps" element={<StepsPage />} />
      <Route path="/pathway/staff/:staffId" element={<WorkerPathwayPage />} />
      <Route path="/apprenticeships" element={<ApprenticeshipsPage />} />
      <Route path="/apprenticeships/new" element={<EnrolPage />} />
      <Route path="/apprenticeships/standards" element={<StandardsPage />} />
      <Route path="/apprenticeships/:id" element={<ApprenticeshipDetailPage />} />
      <Route path="/career" element={<CareerPage />} />
      <Route path="*" element={<p>There is no page at this address.</p>} />
    </Routes>
  );
}
