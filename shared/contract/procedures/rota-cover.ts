import { procedure } from '../procedure';
import {
  CoverMoveInput,
  CoverOptions,
  CoverOutsideInput,
  CoverResult,
  CoverShortenInput,
  CoverSplitInput,
  CoverTellInput,
  CoverVisitInput,
} from '@shared/domain/rota-board/cover';

const coordinators = ['manager', 'coordinator'] as const;

/** Covering a visit nobody in the person's team can take: the real options, each checked, recorded and audited. */
export const rotaCoverProcedures = {
  'rotaCover.options': procedure({
    summary: 'For an uncovered visit: times within the flexibility, shorter lengths and outside workers that fit.',
    input: CoverVisitInput,
    output: CoverOptions,
    roles: [...coordinators],
  }),
  'rotaCover.move': procedure({
    summary: 'Move an uncovered visit within the agreed flexibility and give it to team members free then.',
    input: CoverMoveInput,
    output: CoverResult,
    roles: [...coordinators],
    mutation: true,
    invalidates: ['rota', 'rotaCover'],
  }),
  'rotaCover.shorten': procedure({
    summary: 'Shorten an uncovered visit with the person’s agreement recorded, and give it to a team member.',
    input: CoverShortenInput,
    output: CoverResult,
    roles: [...coordinators],
    mutation: true,
    invalidates: ['rota', 'rotaCover'],
  }),
  'rotaCover.split': procedure({
    summary: 'Split an uncovered visit in two with the person’s agreement recorded; each part to a team member.',
    input: CoverSplitInput,
    output: CoverResult,
    roles: [...coordinators],
    mutation: true,
    invalidates: ['rota', 'rotaCover'],
  }),
  'rotaCover.askOutside': procedure({
    summary: 'Give an uncovered visit to a named worker outside the team, with the person’s consent recorded.',
    input: CoverOutsideInput,
    output: CoverResult,
    roles: [...coordinators],
    mutation: true,
    invalidates: ['rota', 'rotaCover'],
  }),
  'rotaCover.tellPerson': procedure({
    summary: 'Record that the person was told their visit is not covered, who told them, when and why.',
    input: CoverTellInput,
    output: CoverResult,
    roles: [...coordinators],
    mutation: true,
    invalidates: ['rota', 'rotaCover'],
  }),
};
