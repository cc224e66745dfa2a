import { FEATURE_LABELS, SPACE_KIND_LABELS, type Features, type Feature } from '@shared/domain/hub/setup';
import { PERIOD_LABELS } from '@shared/domain/hub/bookings';
import { optionsFrom } from '@renderer/components/options';

/** Space kinds as select options. */
export const SPACE_KIND_OPTIONS = optionsFrom(SPACE_KIND_LABELS);
/** Features as select options. */
export const FEATURE_OPTIONS = optionsFrom(FEATURE_LABELS);
/** Periods as select options (morning, afternoon, all day). */
export const PERIOD_OPTIONS = optionsFrom(PERIOD_LABELS);

/** The features a space has, as a list of their keys. */
export function featuresOf(features: Features): Feature[] {
  return FEATURE_OPTIONS.map((o) => o.value).filter((key) => features[key]);
}

/** The features a space has, in words ("Screen, Phone"), or "None". */
export function featureWords(features: Features): string {
  const list = featuresOf(features).map((key) => FEATURE_LABELS[key]);
  return list.length === 0 ? 'None' : list.join(', ');
}
