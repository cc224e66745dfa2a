import { ATTENDANCE_LABELS, VENUE_LABELS } from '@shared/domain/training/sessions';
import { STRAND_LABELS, STRANDS, type Strand } from '@shared/domain/training/catalogue';
import { optionsFrom, type Option } from '@renderer/components/options';

/** Strands as select options. */
export const STRAND_OPTIONS: readonly Option<Strand>[] = STRANDS.map((strand) => ({
  value: strand,
  label: STRAND_LABELS[strand],
}));

/** Venue kinds as select options. */
export const VENUE_OPTIONS = optionsFrom(VENUE_LABELS);

export { ATTENDANCE_LABELS };
