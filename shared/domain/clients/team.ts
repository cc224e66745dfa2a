import { z } from 'zod';
import { Id, IsoDate, optionalText, requiredText } from '../common';
import { Skill } from '../skills';

/** The most wellbeing workers one person's chosen team may hold (the Wellbeing Teams model). */
export const MAX_TEAM_SIZE = 12;

/** How an interview ended: the person chose this worker for their team, or did not. */
export const InterviewOutcome = z.enum(['chosen', 'not_chosen']);
export type InterviewOutcome = z.infer<typeof InterviewOutcome>;

/** An interview the person (or their representative) held with a wellbeing worker. */
export const InterviewInput = z.object({
  clientId: Id,
  staffId: Id,
  interviewDate: IsoDate,
  outcome: InterviewOutcome,
  decidedBy: requiredText('who decided', 120),
  notes: optionalText('notes', 2000),
});
export type InterviewInput = z.infer<typeof InterviewInput>;

/** An interview as recorded. */
export const Interview = z.object({
  id: Id,
  staffId: Id,
  staffName: z.string(),
  interviewDate: IsoDate,
  outcome: InterviewOutcome,
  decidedBy: z.string(),
  notes: z.string().nullable(),
});
export type Interview = z.infer<typeof Interview>;

/** A worker in (or declined from) a person's team, with the skills training says they hold today. */
export const TeamWorker = z.object({
  staffId: Id,
  name: z.string(),
  jobRole: z.number().int(),
  since: IsoDate,
  heldSkills: z.array(Skill),
});
export type TeamWorker = z.infer<typeof TeamWorker>;

/** A worker the person has declined: never scheduled for them. */
export const DeclinedWorker = z.object({
  staffId: Id,
  name: z.string(),
  declinedOn: IsoDate,
  reason: z.string().nullable(),
});
export type DeclinedWorker = z.infer<typeof DeclinedWorker>;

/** For one support need: who in the team holds the skill (none = a gap). */
export const SkillCoverage = z.object({ skill: Skill, coveredBy: z.array(Id), gap: z.boolean() });
export type SkillCoverage = z.infer<typeof SkillCoverage>;

/** A person's chosen team: members, declined workers, interviews, and skill coverage against their needs. */
export const ClientTeam = z.object({
  clientId: Id,
  maxSize: z.number().int(),
  members: z.array(TeamWorker),
  declined: z.array(DeclinedWorker),
  interviews: z.array(Interview),
  coverage: z.array(SkillCoverage),
  gaps: z.array(Skill),
});
export type ClientTeam = z.infer<typeof ClientTeam>;

/** Add a worker to, or take them off, the approved team. */
export const TeamMemberChange = z.object({ clientId: Id, staffId: Id, member: z.boolean() });
export type TeamMemberChange = z.infer<typeof TeamMemberChange>;

/** Record (or withdraw) that the person has declined a worker. */
export const DeclineChange = z.object({
  clientId: Id,
  staffId: Id,
  declined: z.boolean(),
  reason: optionalText('reason', 500),
});
export type DeclineChange = z.infer<typeof DeclineChange>;

/** Pure rule: the first reason a worker may not join a team, or null. */
export function teamJoinProblem(
  team: { members: readonly string[]; declined: readonly string[] },
  staffId: string,
): string | null {
  if (team.declined.includes(staffId)) return 'The person has declined this worker, so they cannot join the team';
  if (team.members.includes(staffId)) return null;
  if (team.members.length >= MAX_TEAM_SIZE)
    return `A team has at most ${MAX_TEAM_SIZE} workers; take someone off first`;
  return null;
}

/** Pure rule: skill coverage of a team against a person's needs. */
export function skillCoverage(needs: readonly Skill[], held: ReadonlyMap<string, ReadonlySet<Skill>>): SkillCoverage[] {
  return needs.map((skill) => {
    const coveredBy = [...held.entries()].filter(([, skills]) => skills.has(skill)).map(([id]) => id);
    return { skill, coveredBy, gap: coveredBy.length === 0 };
  });
}
