import { Route, Routes } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
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
import { RotaBoardPage } from '../features/rota/RotaBoardPage';
import { MyRotaPage } from '../features/rota/MyRotaPage';

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
      <Route path="/people" element={<PeopleListPage />} />
      <Route path="/people/new" element={<PersonFormPage />} />
      <Route path="/people/:id" element={<PersonPage />} />
      <Route path="/people/:id/edit" element={<PersonFormPage />} />
      <Route path="/people/:id/ideal-week" element={<IdealWeekPage />} />
      <Route path="/availability" element={<AvailabilityPage />} />
      <Route path="/neighbourhood" element={<NeighbourhoodMapPage />} />
      <Route path="/rota" element={<RotaBoardPage />} />
      <Route path="/my-rota" element={<MyRotaPage />} />
      <Route path="*" element={<p>There is no page at this address.</p>} />
    </Routes>
  );
}
