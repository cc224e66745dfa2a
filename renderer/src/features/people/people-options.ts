import { SUPPORT_NEED_LABELS, type ClientStatus } from '@shared/domain/clients/client';
import { SKILLS, type Skill } from '@shared/domain/skills';
import { optionsFrom, type Option } from '@renderer/components/options';

/** Status labels on screen. */
export const STATUS_LABELS: Record<ClientStatus, string> = { active: 'Active', paused: 'Paused', ended: 'Ended' };

/** Statuses as select options. */
export const STATUS_OPTIONS = optionsFrom(STATUS_LABELS);

/** Tag tone for a status. */
export function statusTone(status: ClientStatus): 'green' | 'amber' | 'grey' {
  return status === 'active' ? 'green' : status === 'paused' ? 'amber' : 'grey';
}

/** Support needs as select options (the one skill vocabulary). */
export const NEED_OPTIONS: readonly Option<Skill>[] = SKILLS.map((skill) => ({
  value: skill,
  label: SUPPORT_NEED_LABELS[skill],
}));

/** A need's label. */
export function needLabel(skill: Skill): string {
  return SUPPORT_NEED_LABELS[skill];
}

/** Hours and minutes from minutes, e.g. "12 h 30 min" (one formatter, in shared/). */
export { formatDuration as hoursText } from '@shared/domain/time/format';
