import { useQuery } from '@tanstack/react-query';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';

/** What the postcode field of a person's or a worker's form says, from whether the branch's directory is loaded. */
export function usePostcodeHint(): { postcode: string; coordinates: string } {
  const api = useApi();
  const directory = useQuery(procedureQuery(api, 'postcodes.directory', {}));
  const loaded = directory.data?.postcodes ?? 0;
  if (loaded > 0)
    return {
      postcode: 'A postcode is enough: the location comes from the branch’s postcode directory',
      coordinates: 'Leave empty to use the postcode’s location; decimal degrees place them somewhere else',
    };
  return {
    postcode: 'No postcode directory is loaded yet, so enter the latitude and longitude too',
    coordinates: 'Decimal degrees, as copied from a map',
  };
}
