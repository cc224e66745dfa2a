import type { HubCouncilBlock } from '../hub/council';
import type { OrganisationKind } from '../hub/setup';
import type { HubFigures } from './build-summary';
import type { VisitingOrgType } from './summary-v1';

// The hub keeps finer kinds of visiting organisation than the council compares across branches: community nursing
// and therapy and mental health teams are NHS community services, a GP practice is NHS primary care.
const ORG_TYPE: Record<OrganisationKind, VisitingOrgType> = {
  nhs_community_nursing: 'nhs_community',
  gp_practice: 'nhs_primary_care',
  council_social_work: 'council',
  occupational_therapy: 'nhs_community',
  mental_health: 'nhs_community',
  voluntary_sector: 'voluntary',
  other: 'other',
};

// A booking is by the half day; only the share of desk time used is sent, so the length of a half day is nominal.
const HALF_DAY_MINUTES = 240;

/** The hub's figures for a summary from the hub's own council block (usage-service.ts), by the council's types. */
export function hubFiguresOf(block: HubCouncilBlock): HubFigures {
  return {
    bookingsByOrgType: byOrgType(block.bookingsByOrganisationType),
    signInsByOrgType: byOrgType(block.signInsByOrganisationType),
    deskMinutesBooked: block.deskHalfDays.used * HALF_DAY_MINUTES,
    deskMinutesOpen: block.deskHalfDays.available * HALF_DAY_MINUTES,
  };
}

function byOrgType(counts: Record<OrganisationKind, number>): Record<VisitingOrgType, number> {
  const out: Record<VisitingOrgType, number> = {
    nhs_community: 0,
    nhs_primary_care: 0,
    council: 0,
    voluntary: 0,
    other: 0,
  };
  for (const kind of Object.keys(counts) as OrganisationKind[]) out[ORG_TYPE[kind]] += counts[kind];
  return out;
}
