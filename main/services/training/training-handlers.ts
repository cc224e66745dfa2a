import type { HandlerTable } from '@main/rpc/handler';
import {
  addRequirement,
  readCourses,
  readProviders,
  readRequirements,
  removeRequirement,
  saveCourse,
  saveProvider,
} from './catalogue-service';
import { trainingAlerts, trainingMatrix } from './matrix-service';
import { exportMatrix } from './matrix-export';
import {
  markNoticeRead,
  myNotices,
  myTraining,
  recordCompetency,
  signOffStandard,
  trainingOverview,
} from './people-training-service';
import {
  addRecord,
  correctRecord,
  getCertificate,
  importRecords,
  recordsOf,
  uploadCertificate,
} from './records-service';
import {
  bookStaff,
  cancelSession,
  getRegister,
  saveSession,
  sessionsBetween,
  submitRegister,
  unbookStaff,
} from './sessions-service';

type TrainingProcedure =
  | 'training.listProviders'
  | 'training.saveProvider'
  | 'training.listCourses'
  | 'training.saveCourse'
  | 'training.listRequirements'
  | 'training.addRequirement'
  | 'training.removeRequirement'
  | 'training.listSessions'
  | 'training.saveSession'
  | 'training.cancelSession'
  | 'training.book'
  | 'training.unbook'
  | 'training.getRegister'
  | 'training.submitRegister'
  | 'training.listRecords'
  | 'training.addRecord'
  | 'training.correctRecord'
  | 'training.importRecords'
  | 'training.uploadCertificate'
  | 'training.getCertificate'
  | 'training.matrix'
  | 'training.exportMatrix'
  | 'training.alerts'
  | 'training.recordCompetency'
  | 'training.signOffStandard'
  | 'training.overview'
  | 'training.mine'
  | 'notices.listMine'
  | 'notices.markRead';

/** Handlers for `training.*` and `notices.*`. */
export const trainingHandlers: HandlerTable<TrainingProcedure> = {
  'training.listProviders': (_input, ctx) => readProviders(ctx),
  'training.saveProvider': (input, ctx) => saveProvider(ctx, input.id, input.provider),
  'training.listCourses': (_input, ctx) => readCourses(ctx),
  'training.saveCourse': (input, ctx) => saveCourse(ctx, input.id, input.course),
  'training.listRequirements': (_input, ctx) => readRequirements(ctx),
  'training.addRequirement': (input, ctx) => addRequirement(ctx, input),
  'training.removeRequirement': (input, ctx) => removeRequirement(ctx, input.id),
  'training.listSessions': (input, ctx) => sessionsBetween(ctx, input.from, input.to),
  'training.saveSession': (input, ctx) => saveSession(ctx, input.id, input.session),
  'training.cancelSession': (input, ctx) => cancelSession(ctx, input.id),
  'training.book': (input, ctx) => bookStaff(ctx, input.sessionId, input.staffIds),
  'training.unbook': (input, ctx) => unbookStaff(ctx, input.sessionId, input.staffId),
  'training.getRegister': (input, ctx) => getRegister(ctx, input.sessionId),
  'training.submitRegister': (input, ctx) => submitRegister(ctx, input),
  'training.listRecords': (input, ctx) => recordsOf(ctx, input.staffId),
  'training.addRecord': (input, ctx) => addRecord(ctx, input),
  'training.correctRecord': (input, ctx) => correctRecord(ctx, input),
  'training.importRecords': (input, ctx) => importRecords(ctx, input.csv),
  'training.uploadCertificate': (input, ctx) => uploadCertificate(ctx, input),
  'training.getCertificate': (input, ctx) => getCertificate(ctx, input.id),
  'training.matrix': (input, ctx) => trainingMatrix(ctx, input),
  'training.exportMatrix': (input, ctx) => exportMatrix(ctx, input),
  'training.alerts': (input, ctx) => trainingAlerts(ctx, input.unbookedOnly),
  'training.recordCompetency': (input, ctx) => recordCompetency(ctx, input),
  'training.signOffStandard': (input, ctx) => signOffStandard(ctx, input),
  'training.overview': (input, ctx) => trainingOverview(ctx, input.staffId),
  'training.mine': (_input, ctx) => myTraining(ctx),
  'notices.listMine': (_input, ctx) => myNotices(ctx),
  'notices.markRead': (input, ctx) => markNoticeRead(ctx, input.id),
};
