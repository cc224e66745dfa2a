import { FUNCTIONAL_SKILL_LABELS } from '@shared/domain/apprenticeships/apprenticeships';
import { optionsFrom } from '@renderer/components/options';

/** English and maths progress as select options. */
export const FUNCTIONAL_SKILL_OPTIONS = optionsFrom(FUNCTIONAL_SKILL_LABELS);
