import type { SickPayBand, SickPayScheme } from '@shared/domain/policy/sick-pay';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A band's service range in words ("From 12 months to 24 months of service", "From 60 months of service"). */
export function serviceRangeText(band: SickPayBand): string {
  return band.toServiceMonths === null
    ? `From ${plural(band.fromServiceMonths, 'month')} of service`
    : `From ${plural(band.fromServiceMonths, 'month')} to ${plural(band.toServiceMonths, 'month')} of service`;
}

/** What a band pays in words. */
export function bandPayText(band: SickPayBand): string {
  return `${plural(band.fullPayWeeks, 'week')} at full pay, then ${plural(band.halfPayWeeks, 'week')} at half pay`;
}

/** The waiting days in words. */
export function waitingText(scheme: SickPayScheme): string {
  return scheme.waitingDays === 0
    ? 'None: the scheme pays from the first day'
    : `${plural(scheme.waitingDays, 'day')} at the start of each absence`;
}

/** A scheme as summary list rows: the waiting days, then each band's service range and pay. */
export function schemeItems(scheme: SickPayScheme): { key: string; value: string }[] {
  return [
    { key: 'Waiting days', value: waitingText(scheme) },
    ...scheme.bands.map((b) => ({ key: serviceRangeText(b), value: bandPayText(b) })),
  ];
}
