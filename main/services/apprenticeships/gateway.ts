import {
  GATEWAY_ITEMS,
  type FunctionalSkillStatus,
  type GatewayLine,
  type OtjSummary,
} from '@shared/domain/apprenticeships/apprenticeships';
import { formatDate } from '@shared/domain/time/format';

/** Whether English or maths stands in the way of gateway: required needs achieved/exempt; optional only if started. */
function skillMet(requirement: 'required' | 'optional', status: FunctionalSkillStatus): boolean {
  if (status === 'achieved' || status === 'exempt') return true;
  return requirement === 'optional' && status === 'not_taking';
}

/** The gateway checklist: the manager's ticks plus OTJ hours and English/maths computed from the records. */
export function gatewayLines(
  ticks: ReadonlyMap<string, string>,
  otj: OtjSummary,
  englishMaths: {
    requirement: 'required' | 'optional';
    targetLevel: number;
    englishStatus: FunctionalSkillStatus;
    mathsStatus: FunctionalSkillStatus;
  },
): GatewayLine[] {
  const manual = GATEWAY_ITEMS.map((item) => {
    const doneOn = ticks.get(item.key);
    return {
      key: item.key,
      label: item.label,
      met: doneOn !== undefined,
      detail: doneOn ? `Done ${formatDate(doneOn)}` : 'Not yet',
      manual: true,
    };
  });
  const level = englishMaths.targetLevel;
  return [
    ...manual,
    {
      key: 'otj_hours',
      label: 'Off-the-job hours complete',
      met: otj.status === 'met',
      detail: `${otj.actualToDate} of ${otj.plannedTotal} hours approved`,
      manual: false,
    },
    {
      key: 'english',
      label: `English (Level ${level}, ${englishMaths.requirement})`,
      met: skillMet(englishMaths.requirement, englishMaths.englishStatus),
      detail: englishMaths.englishStatus.replace('_', ' '),
      manual: false,
    },
    {
      key: 'maths',
      label: `Maths (Level ${level}, ${englishMaths.requirement})`,
      met: skillMet(englishMaths.requirement, englishMaths.mathsStatus),
      detail: englishMaths.mathsStatus.replace('_', ' '),
      manual: false,
    },
  ];
}
