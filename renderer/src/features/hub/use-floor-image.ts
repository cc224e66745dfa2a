import { useQuery } from '@tanstack/react-query';
import type { Floor } from '@shared/domain/hub/setup';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';

/** A floor's uploaded image as a data address for the plan to draw under its spaces, or null when it has none. */
export function useFloorImage(floor: Floor): string | null {
  const api = useApi();
  const image = useQuery({
    ...procedureQuery(api, 'hub.floorImage', { floorId: floor.id }),
    enabled: floor.imageType !== null,
  });
  if (floor.imageType === null || !image.data) return null;
  return `data:${image.data.mediaType};base64,${image.data.base64}`;
}
