import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { importOtjFromTraining } from '../apprenticeships/otj-from-training';
import { AppError, type Issue } from '@shared/contract/errors';
import { displayName } from '@shared/domain/staff/staff';
import type {
  Register,
  RegisterSubmission as RegisterSubmissionSchema,
  SessionInput as SessionInputSchema,
  TrainingSession,
} from '@shared/domain/training/sessions';
import { listSessions } from './training-queries';
import type { Database } from '@main/db/schema';
import { londonDate } from '@main/platform/clock';
import type { HandlerContext } from '@main/rpc/context';
import { staffIdsAmong } from '@main/services/staff/staff-queries';
import { completionIssues, insertCompletion, type CompletionFacts } from './records-service';
import { courseFacts } from './training-queries';
import { actingName } from './training-access';
import { syncTrainingRoomClaim } from '../hub/claims';
import { sendNotices } from '../notices/send-notices';
import { formatDate, formatMinute } from '@shared/domain/time/format';

type ParsedSession = z.output<typeof SessionInputSchema>;
type ParsedSubmission = z.output<typeof RegisterSubmissionSchema>;

async function oneSession(db: Kysely<Database>, id: string): Promise<TrainingSession> {
  const [session] = await listSessions(db, { id });
  if (!session) throw new AppError('NOT_FOUND', 'That training session does not exist.');
  return session;
}

/** Tell each booked person something in the app (inside the caller's transaction). */
async function notifyBooked(
  ctx: HandlerContext,
  trx: Kysely<Database>,
  sessionId: string,
  text: string,
): Promise<string[]> {
  const booked = await trx
    .selectFrom('training_booking')
    .select('staff_id')
    .where('session_id', '=', sessionId)
    .where('booked', '=', 1)
    .execute();
  return sendNotices(
    ctx,
    trx,
    booked.map((b) => ({ staffId: b.staff_id, text })),
  );
}

/** Sessions in a date range. */
export function sessionsBetween(ctx: HandlerContext, from: string, to: string): Promise<TrainingSession[]> {
  return listSessions(ctx.deps.db, { from, to });
}

/** Schedule (id null) or change a session; booked people are told about a change of time or place. */
export async function saveSession(
  ctx: HandlerContext,
  id: string | null,
  input: ParsedSession,
): Promise<TrainingSession> {
  const db = ctx.deps.db;
  const course = await courseFacts(db, input.courseId);
  if (!course) throw AppError.field(['session', 'courseId'], 'Choose a course from the list.');
  if (input.startMinute + input.durationMinutes > 24 * 60)
    throw AppError.field(['session', 'durationMinutes'], 'A session must end by midnight');
  const before = id
    ? await db.selectFrom('training_session').selectAll().where('id', '=', id).executeTakeFirst()
    : undefined;
  if (id && !before) throw new AppError('NOT_FOUND', 'That training session does not exist.');
  if (before?.status === 'cancelled') throw new AppError('CONFLICT', 'A cancelled session cannot be changed.');
  if (before) {
    const booked = await db
      .selectFrom('training_booking')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', '=', before.id)
      .where('booked', '=', 1)
      .executeTakeFirstOrThrow();
    if (Number(booked.n) > input.capacity)
      throw AppError.field(['session', 'capacity'], `${booked.n} people are already booked; capacity cannot be lower`);
  }
  const sessionId = id ?? ctx.deps.ids();
  const now = ctx.deps.clock.now().toISOString();
  const notified = await db.transaction().execute(async (trx) => {
    const values = {
      course_id: input.courseId,
      date: input.date,
      start_minute: input.startMinute,
      duration_minutes: input.durationMinutes,
      venue: input.venue,
      venue_detail: input.venueDetail,
      trainer_name: input.trainerName,
      capacity: input.capacity,
      updated_at: now,
    };
    let told: string[] = [];
    if (before) {
      await trx.updateTable('training_session').set(values).where('id', '=', sessionId).execute();
      const moved =
        before.date !== input.date ||
        before.start_minute !== input.startMinute ||
        before.duration_minutes !== input.durationMinutes ||
        before.venue !== input.venue ||
        before.venue_detail !== input.venueDetail;
      if (moved) {
        told = await notifyBooked(
          ctx,
          trx,
          sessionId,
          `${course.name} has changed: now ${formatDate(input.date)} at ${formatMinute(input.startMinute)} ` +
            `(${input.venueDetail ?? input.venue.replace('_', ' ')}).`,
        );
      }
    } else {
      await trx
        .insertInto('training_session')
        .values({ id: sessionId, ...values, status: 'scheduled', register_submitted_at: null, created_at: now })
        .execute();
    }
    // The hub's training room is one calendar with visitors' bookings: claim it, or refuse if a visitor has it.
    await syncTrainingRoomClaim(trx, { id: sessionId, ...input, status: 'scheduled' });
    await ctx.audit(trx, {
      action: before ? 'training.session.update' : 'training.session.create',
      entity: 'training_session',
      entityId: sessionId,
      outcome: 'success',
    });
    return told;
  });
  ctx.deps.events.publish('training.changed', { ids: [sessionId] });
  if (notified.length > 0) ctx.deps.events.publish('notices.changed', { ids: notified });
  return oneSession(db, sessionId);
}

/** Cancel a session; everyone booked is told. */
export async function cancelSession(ctx: HandlerContext, id: string): Promise<TrainingSession> {
  const session = await oneSession(ctx.deps.db, id);
  if (session.status === 'cancelled') throw new AppError('CONFLICT', 'That session is already cancelled.');
  if (session.registerSubmitted)
    throw new AppError('CONFLICT', 'The register for this session has been submitted; it cannot be cancelled.');
  const notified = await ctx.deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('training_session')
      .set({ status: 'cancelled', updated_at: ctx.deps.clock.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await syncTrainingRoomClaim(trx, { ...session, status: 'cancelled' });
    const told = await notifyBooked(
      ctx,
      trx,
      id,
      `${session.courseName} on ${formatDate(session.date)} at ${formatMinute(session.startMinute)} is cancelled.`,
    );
    await ctx.audit(trx, {
      action: 'training.session.cancel',
      entity: 'training_session',
      entityId: id,
      outcome: 'success',
    });
    return told;
  });
  ctx.deps.events.publish('training.changed', { ids: [id] });
  if (notified.length > 0) ctx.deps.events.publish('notices.changed', { ids: notified });
  return oneSession(ctx.deps.db, id);
}

/** Book people onto a session (within capacity); training is paid work time, so it becomes a rota block. */
export async function bookStaff(
  ctx: HandlerContext,
  sessionId: string,
  staffIds: readonly string[],
): Promise<TrainingSession> {
  const db = ctx.deps.db;
  const session = await oneSession(db, sessionId);
  if (session.status === 'cancelled') throw new AppError('CONFLICT', 'That session is cancelled.');
  if (session.date < londonDate(ctx.deps.clock.now()))
    throw AppError.field(['sessionId'], 'That session has already taken place.');
  const unique = [...new Set(staffIds)];
  const known = await staffIdsAmong(db, unique, true);
  const issues: Issue[] = [];
  unique.forEach((staffId, i) => {
    if (!known.has(staffId)) issues.push({ path: ['staffIds', i], message: 'Choose an active member of staff' });
  });
  const already = new Set(
    (
      await db
        .selectFrom('training_booking')
        .select('staff_id')
        .where('session_id', '=', sessionId)
        .where('booked', '=', 1)
        .where('staff_id', 'in', unique)
        .execute()
    ).map((b) => b.staff_id),
  );
  const fresh = unique.filter((id) => known.has(id) && !already.has(id));
  if (session.booked + fresh.length > session.capacity) {
    issues.push({
      path: ['staffIds'],
      message:
        `Only ${session.capacity - session.booked} ` +
        `place${session.capacity - session.booked === 1 ? '' : 's'} left on this session`,
    });
  }
  if (issues.length > 0) throw new AppError('VALIDATION', issues[0]?.message ?? 'Check the booking', { issues });
  const now = ctx.deps.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const staffId of fresh) {
      await trx
        .insertInto('training_booking')
        .values({
          session_id: sessionId,
          staff_id: staffId,
          booked: 1,
          outcome: null,
          certificate_id: null,
          reason: null,
          booked_at: now,
          booked_by: actingName(ctx),
        })
        .onConflict((oc) => oc.columns(['session_id', 'staff_id']).doUpdateSet({ booked: 1, reason: null }))
        .execute();
    }
    await ctx.audit(trx, {
      action: 'training.session.book',
      entity: 'training_session',
      entityId: sessionId,
      outcome: 'success',
      detail: `${fresh.length} booked`,
    });
  });
  ctx.deps.events.publish('training.changed', { ids: [sessionId, ...fresh] });
  return oneSession(db, sessionId);
}

/** Take a person off a session before its register is submitted. */
export async function unbookStaff(ctx: HandlerContext, sessionId: string, staffId: string): Promise<TrainingSession> {
  const db = ctx.deps.db;
  const session = await oneSession(db, sessionId);
  if (session.registerSubmitted)
    throw new AppError('CONFLICT', 'The register has been submitted; correct the record instead.');
  const booking = await db
    .selectFrom('training_booking')
    .select('staff_id')
    .where('session_id', '=', sessionId)
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
  if (!booking) throw new AppError('NOT_FOUND', 'That person is not booked on this session.');
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('training_booking')
      .where('session_id', '=', sessionId)
      .where('staff_id', '=', staffId)
      .execute();
    await ctx.audit(trx, {
      action: 'training.session.unbook',
      entity: 'training_session',
      entityId: sessionId,
      outcome: 'success',
      detail: staffId,
    });
  });
  ctx.deps.events.publish('training.changed', { ids: [sessionId, staffId] });
  return oneSession(db, sessionId);
}

/** The register of a session: everyone booked (and anyone added on the day), with any marks so far. */
export async function getRegister(ctx: HandlerContext, sessionId: string): Promise<Register> {
  const db = ctx.deps.db;
  const session = await oneSession(db, sessionId);
  const rows = await db
    .selectFrom('training_booking as b')
    .innerJoin('staff as s', 's.id', 'b.staff_id')
    .select([
      'b.staff_id',
      'b.booked',
      'b.outcome',
      'b.certificate_id',
      's.given_name',
      's.family_name',
      's.preferred_name',
      's.reference',
    ])
    .where('b.session_id', '=', sessionId)
    .orderBy('s.family_name')
    .orderBy('s.given_name')
    .execute();
  return {
    session,
    lines: rows.map((row) => ({
      staffId: row.staff_id,
      name: displayName({ givenName: row.given_name, familyName: row.family_name, preferredName: row.preferred_name }),
      reference: row.reference,
      booked: row.booked === 1,
      outcome: row.outcome,
      certificateId: row.certificate_id,
    })),
  };
}

/**
 * Submit a register in one pass. Everything is checked first; then one transaction marks every line, creates the
 * completions (expiry from the course validity) and audits people who were not booked (with their reason) and any
 * correction of an earlier submission. Nothing is half-written.
 */
export async function submitRegister(ctx: HandlerContext, input: ParsedSubmission): Promise<Register> {
  const db = ctx.deps.db;
  const session = await oneSession(db, input.sessionId);
  if (session.status === 'cancelled') throw new AppError('CONFLICT', 'That session is cancelled.');
  const today = londonDate(ctx.deps.clock.now());
  if (session.date > today)
    throw AppError.field(
      ['sessionId'],
      `The register opens on the day of the session (${formatDate(session.date)}); ` +
        'completion dates cannot be in the future',
    );
  const staffIds = input.entries.map((e) => e.staffId);
  const known = await staffIdsAmong(db, staffIds);
  const bookings = new Map(
    (await db.selectFrom('training_booking').selectAll().where('session_id', '=', input.sessionId).execute()).map(
      (b) => [b.staff_id, b],
    ),
  );
  const fromThisSession = new Map(
    (
      await db
        .selectFrom('training_record')
        .select(['id', 'staff_id'])
        .where('session_id', '=', input.sessionId)
        .execute()
    ).map((r) => [r.staff_id, r.id]),
  );
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const completions: CompletionFacts[] = [];
  for (const [i, entry] of input.entries.entries()) {
    if (seen.has(entry.staffId)) {
      issues.push({ path: ['entries', i, 'staffId'], message: 'This person appears twice in the register' });
      continue;
    }
    seen.add(entry.staffId);
    if (!known.has(entry.staffId)) {
      issues.push({ path: ['entries', i, 'staffId'], message: 'Choose a member of staff' });
      continue;
    }
    const booking = bookings.get(entry.staffId);
    if ((!booking || booking.booked === 0) && entry.reason === null && entry.outcome !== 'absent') {
      issues.push({
        path: ['entries', i, 'reason'],
        message: 'This person was not booked on the session: give a reason to record them',
      });
    }
    if (entry.outcome === 'completed' && !fromThisSession.has(entry.staffId)) {
      const fact: CompletionFacts = {
        staffId: entry.staffId,
        courseId: session.courseId,
        completedOn: session.date,
        expiresOn: null,
        certificateId: entry.certificateId,
        sessionId: session.id,
        source: 'register',
        notes: null,
      };
      issues.push(...(await completionIssues(db, today, fact, ['entries', i])));
      completions.push(fact);
    }
  }
  if (issues.length > 0) throw new AppError('VALIDATION', issues[0]?.message ?? 'Check the register', { issues });
  const now = ctx.deps.clock.now().toISOString();
  const changed = await db.transaction().execute(async (trx) => {
    for (const entry of input.entries) {
      const booking = bookings.get(entry.staffId);
      if (booking) {
        await trx
          .updateTable('training_booking')
          .set({
            outcome: entry.outcome,
            certificate_id: entry.certificateId,
            reason: booking.booked === 1 ? booking.reason : (entry.reason ?? booking.reason),
          })
          .where('session_id', '=', input.sessionId)
          .where('staff_id', '=', entry.staffId)
          .execute();
      } else if (entry.outcome !== 'absent') {
        await trx
          .insertInto('training_booking')
          .values({
            session_id: input.sessionId,
            staff_id: entry.staffId,
            booked: 0,
            outcome: entry.outcome,
            certificate_id: entry.certificateId,
            reason: entry.reason,
            booked_at: now,
            booked_by: actingName(ctx),
          })
          .execute();
        await ctx.audit(trx, {
          action: 'training.register.unbooked',
          entity: 'training_session',
          entityId: input.sessionId,
          outcome: 'success',
          detail: `${entry.staffId}: ${entry.reason ?? ''}`.slice(0, 400),
        });
      }
      const earlier = fromThisSession.get(entry.staffId);
      if (earlier && entry.outcome !== 'completed') {
        await trx.deleteFrom('training_record').where('id', '=', earlier).execute();
        await ctx.audit(trx, {
          action: 'training.record.correct',
          entity: 'training_record',
          entityId: earlier,
          outcome: 'success',
          detail: `register corrected to ${entry.outcome}`,
        });
      } else if (earlier && entry.certificateId) {
        await trx
          .updateTable('training_record')
          .set({ certificate_id: entry.certificateId, updated_at: now })
          .where('id', '=', earlier)
          .execute();
      }
    }
    for (const fact of completions) await insertCompletion(ctx, trx, fact);
    // Apprentices' time in an OTJ-counting session becomes approved off-the-job hours in the same transaction.
    const otj = await importOtjFromTraining(trx, {
      today,
      now,
      newId: ctx.deps.ids,
      actor: actingName(ctx),
      sessionId: input.sessionId,
    });
    if (otj.created > 0)
      await ctx.audit(trx, {
        action: 'apprenticeships.otjFromTraining',
        entity: 'training_session',
        entityId: input.sessionId,
        outcome: 'success',
        detail: `${otj.created} OTJ entries`,
      });
    await trx
      .updateTable('training_session')
      .set({ register_submitted_at: now, updated_at: now })
      .where('id', '=', input.sessionId)
      .execute();
    await ctx.audit(trx, {
      action: session.registerSubmitted ? 'training.register.resubmit' : 'training.register.submit',
      entity: 'training_session',
      entityId: input.sessionId,
      outcome: 'success',
      detail: `${input.entries.length} marked, ${completions.length} completions`,
    });
    return input.entries.map((e) => e.staffId);
  });
  ctx.deps.events.publish('training.changed', { ids: [input.sessionId, ...changed] });
  return getRegister(ctx, input.sessionId);
}
