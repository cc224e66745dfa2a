import { z } from 'zod';

/** The one skill vocabulary: earned from valid training or a recorded competency, never typed in. */
export const Skill = z.enum([
  'dementia',
  'end_of_life',
  'mental_health',
  'learning_disability',
  'autism',
  'medication',
  'moving_and_handling',
  'diabetes',
  'epilepsy',
  'stoma_catheter',
  'peg_feeding',
]);
/** A skill from the vocabulary. */
export type Skill = z.infer<typeof Skill>;

/** Every skill, in vocabulary order. */
export const SKILLS: readonly Skill[] = Skill.options;
