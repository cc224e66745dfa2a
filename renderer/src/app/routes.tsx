import { Route, Routes } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { HomePage } from '../features/home/HomePage';
import { StaffDetailPage } from '../features/staff/StaffDetailPage';
import { StaffFormPage } from '../features/staff/StaffFormPage';
import { StaffListPage } from '../features/staff/StaffListPage';
import { CharterPage } from '../features/staff/CharterPage';
import { CompliancePage } from '../features/staff/CompliancePage';
import { PayPolicyPage } from '../features/staff/PayPolicyPage';
import { StaffImportPage } from '../features/staff/StaffImportPage';
import { WorkplacePage } from '../features/staff/WorkplacePage';

/** Every signed-in page. The backend decides what each role may read; the navigation only hides what it would refuse. */
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
      {/* staff records in full */}
      <Route path="/compliance" element={<CompliancePage />} />
      <Route path="/charter" element={<CharterPage />} />
      <Route path="/policy/pay" element={<PayPolicyPage />} />
      <Route path="/workplace" element={<WorkplacePage />} />
      <Route path="*" element={<p>There is no page at this address.</p>} />
    </Routes>
  );
}
