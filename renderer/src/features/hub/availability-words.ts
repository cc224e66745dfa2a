import { SLOT_STATE_LABELS, type Availability, type Period, type SlotState } from '@shared/domain/hub/bookings';
import type { PlanMark } from './FloorPlan';

/** One space's morning and afternoon on the day shown. */
export type SpaceSlots = Availability['spaces'][number];

/** Whether a space can be booked for a period, given its two half-days. */
export function canBook(slots: SpaceSlots, period: Period): boolean {
  if (period === 'morning') return slots.morning === 'free';
  if (period === 'afternoon') return slots.afternoon === 'free';
  return slots.morning === 'free' && slots.afternoon === 'free';
}

/** "Morning free, afternoon booked", as read out on the plan. */
export function slotWords(slots: SpaceSlots): string {
  return `morning ${SLOT_STATE_LABELS[slots.morning].toLowerCase()}, afternoon ${SLOT_STATE_LABELS[
    slots.afternoon
  ].toLowerCase()}`;
}

function toneOf(state: SlotState): PlanMark['tone'] {
  if (state === 'free') return 'free';
  if (state === 'yours') return 'yours';
  return 'taken';
}

/** How a space shows on the plan: free all day, free for half of it, taken, or yours. */
export function planMarkOf(slots: SpaceSlots | undefined): PlanMark {
  if (!slots) return { tone: 'none', description: 'not open for booking' };
  const morning = toneOf(slots.morning);
  const afternoon = toneOf(slots.afternoon);
  const tone = morning === afternoon ? morning : morning === 'yours' || afternoon === 'yours' ? 'yours' : 'part';
  return { tone, description: slotWords(slots) };
}
