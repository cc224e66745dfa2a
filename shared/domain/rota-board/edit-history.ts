import { z } from 'zod';
import { IsoWeek } from '@shared/domain/time/iso-week';

/** An edit to a draft week that can be undone or redone, in words. */
export const EditStepView = z.object({
  /** The edit in words ("Gave Ada Okafor’s visit on Tue 8 Dec 2026 at 09:00 to Sam Lee"). */
  summary: z.string(),
  by: z.string(),
  /** When it was made (UTC instant; shown in London time). */
  at: z.string(),
});
/** An edit that can be undone or redone. */
export type EditStepView = z.infer<typeof EditStepView>;

/** What Undo and Redo would do on a week's board now (both null once the week is published). */
export const EditHistory = z.object({ undo: EditStepView.nullable(), redo: EditStepView.nullable() });
/** What Undo and Redo would do now. */
export type EditHistory = z.infer<typeof EditHistory>;

/** Undo (or redo) the last edit of a draft week. */
export const EditStepInput = z.object({ isoWeek: IsoWeek });
/** Undo (or redo) the last edit of a draft week. */
export type EditStepInput = z.infer<typeof EditStepInput>;

/** The edit undone or redone, in words. */
export const EditStepResult = z.object({ summary: z.string() });
/** The edit undone or redone. */
export type EditStepResult = z.infer<typeof EditStepResult>;
