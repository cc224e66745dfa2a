import type { KeyboardEvent } from 'react';
import type { Floor, Space } from '@shared/domain/hub/setup';
import { useFloorImage } from './use-floor-image';

/** How one space is drawn on a plan: its fill tone and the words read out for it. */
export interface PlanMark {
  tone: 'free' | 'part' | 'taken' | 'yours' | 'none';
  description: string;
}

const FILL: Record<PlanMark['tone'], string> = {
  free: '#cce2d8',
  part: '#fff2cc',
  taken: '#d8d8d8',
  yours: '#bbd4ea',
  none: '#f3f2f1',
};

/**
 * A floor's plan drawn as SVG on its grid (over its uploaded image, if any): one box per space, named and coloured by
 * `markOf`. A space is a button (Enter or Space chooses it, as a click does) when `onChoose` is given, so the plan
 * works by keyboard too.
 */
export function FloorPlan({
  floor,
  spaces,
  markOf,
  chosenId,
  onChoose,
}: {
  floor: Floor;
  spaces: readonly Space[];
  markOf: (space: Space) => PlanMark;
  chosenId?: string | null;
  onChoose?: (space: Space) => void;
}) {
  const image = useFloorImage(floor);
  const onKey = (event: KeyboardEvent, space: Space) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onChoose?.(space);
  };
  return (
    <figure className="floor-plan">
      <figcaption>{floor.name}</figcaption>
      <svg
        viewBox={`0 0 ${floor.gridColumns} ${floor.gridRows}`}
        role="group"
        aria-label={`Plan of ${floor.name}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <rect x={0} y={0} width={floor.gridColumns} height={floor.gridRows} className="floor-plan__ground" />
        {image && (
          <image
            href={image}
            x={0}
            y={0}
            width={floor.gridColumns}
            height={floor.gridRows}
            preserveAspectRatio="none"
          />
        )}
        {spaces.map((space) => {
          const mark = markOf(space);
          const { x, y, width, height } = space.placement;
          const label = `${space.name}: ${mark.description}`;
          return (
            <g
              key={space.id}
              className={`floor-plan__space${chosenId === space.id ? ' floor-plan__space--chosen' : ''}`}
              role={onChoose ? 'button' : 'img'}
              tabIndex={onChoose ? 0 : undefined}
              aria-label={label}
              aria-pressed={onChoose ? chosenId === space.id : undefined}
              onClick={() => onChoose?.(space)}
              onKeyDown={(event) => onKey(event, space)}
            >
              <title>{label}</title>
              <rect x={x + 0.1} y={y + 0.1} width={width - 0.2} height={height - 0.2} fill={FILL[mark.tone]} rx={0.2} />
              <text
                x={x + width / 2}
                y={y + height / 2}
                textAnchor="middle"
                dominantBaseline="middle"
                aria-hidden="true"
              >
                {space.name}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
