/**
 * The audit log's actions in words. Actions are stable strings (mostly procedure names, a few with a suffix such as
 * `rota.edit.assign`); the log stores them as they are and the screen shows these labels.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'accounts.create': 'Created an account',
  'accounts.createForStaff': 'Created accounts for staff records',
  'accounts.recoverManager': 'Recovered the manager’s account',
  'accounts.resetPassword': 'Reset a password',
  'accounts.setDisabled': 'Turned an account off or on',
  'accounts.setRoles': 'Changed an account’s roles',
  'apprenticeships.enrol': 'Enrolled an apprentice',
  'apprenticeships.logOtj': 'Logged off-the-job hours',
  'apprenticeships.otj.approved': 'Approved off-the-job hours',
  'apprenticeships.otj.declined': 'Declined off-the-job hours',
  'apprenticeships.otjFromTraining': 'Counted training as off-the-job hours',
  'apprenticeships.recordReview': 'Recorded an apprenticeship review',
  'apprenticeships.saveStandard': 'Saved an apprenticeship standard',
  'apprenticeships.setFunctionalSkills': 'Recorded functional skills',
  'apprenticeships.setGatewayItem': 'Ticked a gateway item',
  'apprenticeships.withdraw': 'Recorded an apprentice leaving the programme',
  'ascwds.export': 'Exported the ASC-WDS return',
  'audit.seal': 'Sealed the audit log',
  'audit.witnessRestarted': 'Restarted the audit log’s outside record',
  'auth.changePassword': 'Changed their password',
  'auth.reauthenticate': 'Confirmed their password again',
  'auth.signIn': 'Signed in',
  'auth.signOut': 'Signed out',
  'auth.unlock': 'Unlocked the screen',
  'availability.addTeamMeeting': 'Added a team meeting',
  'availability.cancelException': 'Cancelled leave, sickness or a meeting',
  'availability.decideLeave': 'Approved or declined leave',
  'availability.recordSickness': 'Recorded sickness',
  'availability.requestLeave': 'Asked for leave',
  'availability.saveTravelProfile': 'Saved how a worker travels',
  'availability.saveWindows': 'Saved a worker’s availability',
  'backup.automatic': 'Backed up the branch (on its schedule)',
  'backup.restored': 'Restored the branch from a backup',
  'backup.saveSchedule': 'Changed the backup schedule',
  'backup.showPhrase': 'Showed the backup recovery phrase',
  'clients.create': 'Added a person',
  'clients.recordChosenTeam': 'Recorded a person’s chosen team',
  'clients.recordInterview': 'Recorded a team interview',
  'clients.recordTravel': 'Recorded a travel time',
  'clients.saveIdealWeek': 'Saved a person’s ideal week',
  'clients.update': 'Changed a person’s details',
  'clients.viewAccessNotes': 'Read a person’s access notes',
  'hub.book': 'Booked a space at the hub',
  'hub.bookSeries': 'Booked a series of hub sessions',
  'hub.cancelBooking': 'Cancelled a hub booking',
  'hub.closedDay.add': 'Added a day the hub is closed',
  'hub.closedDay.remove': 'Removed a day the hub is closed',
  'hub.demo': 'Set up the demo hub',
  'hub.endKiosk': 'Ended the sign-in screen',
  'hub.floor.clearImage': 'Removed a floor plan picture',
  'hub.floor.image': 'Added a floor plan picture',
  'hub.floor.remove': 'Removed a floor',
  'hub.kiosk.exit': 'Left the sign-in screen',
  'hub.kiosk.signIn': 'Signed in at the hub',
  'hub.kiosk.signOut': 'Signed out at the hub',
  'hub.kioskExit': 'Left the sign-in screen',
  'hub.kioskStaffSignIn': 'Staff signed in at the hub',
  'hub.openingHours': 'Changed the hub’s opening hours',
  'hub.organisation.remove': 'Removed an organisation',
  'hub.releaseNoShows': 'Released bookings nobody came for',
  'hub.rollCall.end': 'Ended a roll call',
  'hub.rollCall.start': 'Started a roll call',
  'hub.settings': 'Changed the hub’s settings',
  'hub.signOutAtClosing': 'Signed everyone out at closing',
  'hub.signOutPerson': 'Signed a person out',
  'hub.space.remove': 'Removed a space',
  'hub.startKiosk': 'Started the sign-in screen',
  'hub.usageCsv': 'Exported the hub’s use',
  'hub.visitor.create': 'Added a visitor',
  'hub.visitor.import': 'Imported visitors',
  'hub.visitor.update': 'Changed a visitor’s details',
  'notices.markRead': 'Read a notice',
  'pathway.setMember': 'Placed someone on the pathway',
  'pathway.signOff': 'Signed off a pathway step',
  'policy.addPayValue': 'Added a pay rate to the policy',
  'policy.updateSettings': 'Changed the branch’s policy',
  'policy.updateSickPayScheme': 'Changed the occupational sick pay scheme',
  'postcodes.importDirectory': 'Imported the postcode directory',
  'qualifications.record': 'Recorded a qualification',
  'qualifications.remove': 'Removed a qualification',
  'rota.addOneOff': 'Added a one-off change to a week',
  'rota.edit.assign': 'Gave a visit to a worker',
  'rota.edit.unassign': 'Took a worker off a visit',
  'rota.edit.move': 'Moved a visit',
  'rota.edit.swap': 'Swapped two visits’ workers',
  'rota.edit.pin': 'Pinned a visit to its worker',
  'rota.edit.unpin': 'Unpinned a visit',
  'rota.edit.sickness_cover': 'Covered a sick worker’s visits',
  'rota.payrollExport': 'Exported a pay period to payroll',
  'rota.planWeek': 'Planned a week',
  'rota.publish': 'Published a week',
  'rota.removeOneOff': 'Removed a one-off change',
  'rota.reportSickness': 'Reported a worker sick',
  'rota.savePlannerSettings': 'Changed the planning priorities',
  'setup.createBranch': 'Set up the branch',
  'setup.createDemo': 'Set up the demo branch',
  'staff.addPayRate': 'Added a pay rate',
  'staff.addReview': 'Recorded a supervision or appraisal',
  'staff.applyRetention': 'Erased leavers’ records past retention',
  'staff.create': 'Added a staff record',
  'staff.erase': 'Erased a leaver’s record',
  'staff.exportCsv': 'Exported staff records',
  'staff.saveReference': 'Saved a reference',
  'staff.update': 'Changed a staff record',
  'staff.updateDetails': 'Changed a staff member’s details',
  'staff.updateSensitive': 'Changed sensitive details',
  'staff.uploadAttachment': 'Added a document',
  'staff.viewAttachment': 'Opened a document',
  'staff.viewSensitive': 'Read sensitive details',
  'sync.queueNow': 'Queued a summary for the council',
  'sync.queuedOnSchedule': 'Queued a summary for the council (on its schedule)',
  'sync.retry': 'Retried a summary the council had refused',
  'sync.saveSettings': 'Changed the council sync settings',
  'sync.sendNow': 'Sent the waiting summaries to the council',
  'training.careCertificate.signOff': 'Signed off a Care Certificate standard',
  'training.certificate.upload': 'Added a training certificate',
  'training.competency.record': 'Recorded a competency',
  'training.exportMatrix': 'Exported the training matrix',
  'training.record.bulk': 'Recorded training for several people',
  'training.record.correct': 'Corrected a training record',
  'training.record.create': 'Recorded training',
  'training.record.import': 'Imported training records',
  'training.register.unbooked': 'Added someone not booked to a register',
  'training.requirement.create': 'Added a training requirement',
  'training.requirement.delete': 'Removed a training requirement',
  'training.session.book': 'Booked someone on a session',
  'training.session.cancel': 'Cancelled a training session',
  'training.session.create': 'Scheduled a training session',
  'training.session.unbook': 'Took someone off a session',
  'training.session.update': 'Changed a training session',
  'workplace.addPartner': 'Added a partner organisation',
  'workplace.update': 'Changed the workplace details',
  'rota.edit.undo': 'Undid an edit to a draft week',
  'rota.edit.redo': 'Redid an edit to a draft week',
};

/**
 * An audit action in words: its label, or (for an action added later without one, such as a refused procedure
 * call) its name split into words ("rota.planWeek" → "Rota: plan week"), never the raw code.
 */
export function auditActionLabel(action: string): string {
  const known = AUDIT_ACTION_LABELS[action];
  if (known) return known;
  const [area = '', ...rest] = action.split('.');
  const words = rest
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]/g, ' ')
    .toLowerCase();
  const title =
    area.charAt(0).toUpperCase() +
    area
      .slice(1)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase();
  return words ? `${title}: ${words}` : title;
}

/** A record kind in words ("rota_week" → "rota week"). */
export function auditEntityLabel(entity: string): string {
  return entity.replace(/_/g, ' ');
}
