import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { MapPoint } from '@shared/domain/availability/travel';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { PageHeader, Panel, QueryState } from '@renderer/components/Layout';
import './people.css';

const WIDTH = 900;
const PAD = 24;
const KM_PER_DEG_LAT = 111.2;

interface Projection {
  x(lon: number): number;
  y(lat: number): number;
  height: number;
  pxPerKm: number;
}

/** An equirectangular projection fitted to the points: fine for a few kilometres, and no map tiles needed. */
function fit(points: readonly MapPoint[]): Projection {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  const cos = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * cos, 1e-4);
  const spanY = Math.max(maxLat - minLat, 1e-4);
  const scale = (WIDTH - 2 * PAD) / spanX;
  return {
    x: (lon) => PAD + (lon - minLon) * cos * scale,
    y: (lat) => PAD + (maxLat - lat) * scale,
    height: Math.ceil(spanY * scale + 2 * PAD),
    pxPerKm: scale / KM_PER_DEG_LAT,
  };
}

/** People and workers plotted by location, so a coordinator sees clusters; choose a person to see their team. */
export function NeighbourhoodMapPage() {
  const api = useApi();
  const map = useQuery(procedureQuery(api, 'clients.neighbourhoodMap', {}));
  const [selected, setSelected] = useState('');
  const team = useQuery({ ...procedureQuery(api, 'clients.getTeam', { id: selected }), enabled: selected !== '' });
  const points = useMemo(() => map.data?.points ?? [], [map.data]);
  const projection = useMemo(() => (points.length > 0 ? fit(points) : null), [points]);
  const people = points.filter((p) => p.kind === 'person').sort((a, b) => a.label.localeCompare(b.label));
  const workers = new Map(points.filter((p) => p.kind === 'worker').map((p) => [p.id, p]));
  const chosen = people.find((p) => p.id === selected);
  const teamIds = new Set(team.data?.members.map((m) => m.staffId));

  return (
    <QueryState isLoading={map.isLoading} error={map.error}>
      <PageHeader title="Neighbourhood" caption="Where the people we support and our wellbeing workers live" />
      {projection && (
        <div className="map-wrap">
          <svg
            className="map-svg"
            viewBox={`0 0 ${WIDTH} ${projection.height}`}
            role="img"
            aria-labelledby="map-title map-desc"
          >
            <title id="map-title">Plot of people and workers by location</title>
            <desc id="map-desc">
              {people.length} people (blue circles) and {workers.size} workers (green squares), north at the top.{' '}
              {chosen ? `${chosen.label} is highlighted with lines to the homes of their team.` : ''}
            </desc>
            {Array.from({ length: Math.floor((WIDTH - 2 * PAD) / projection.pxPerKm) + 1 }, (_, i) => (
              <line
                key={`v${i}`}
                className="map-grid"
                x1={PAD + i * projection.pxPerKm}
                x2={PAD + i * projection.pxPerKm}
                y1={PAD}
                y2={projection.height - PAD}
              />
            ))}
            {Array.from({ length: Math.floor((projection.height - 2 * PAD) / projection.pxPerKm) + 1 }, (_, i) => (
              <line
                key={`h${i}`}
                className="map-grid"
                y1={PAD + i * projection.pxPerKm}
                y2={PAD + i * projection.pxPerKm}
                x1={PAD}
                x2={WIDTH - PAD}
              />
            ))}
            {chosen &&
              [...teamIds].map((id) => {
                const w = workers.get(id);
                return w ? (
                  <line
                    key={id}
                    className="map-link"
                    x1={projection.x(chosen.lon)}
                    y1={projection.y(chosen.lat)}
                    x2={projection.x(w.lon)}
                    y2={projection.y(w.lat)}
                  />
                ) : null;
              })}
            {people.map((p) => (
              <circle
                key={p.id}
                className={p.id === selected ? 'map-person map-person--selected' : 'map-person'}
                cx={projection.x(p.lon)}
                cy={projection.y(p.lat)}
                r={p.id === selected ? 7 : 4}
                onClick={() => setSelected(p.id)}
              >
                <title>{`${p.label} (${p.detail})`}</title>
              </circle>
            ))}
            {[...workers.values()].map((w) => (
              <rect
                key={w.id}
                className={teamIds.has(w.id) ? 'map-worker map-team' : 'map-worker'}
                x={projection.x(w.lon) - 4}
                y={projection.y(w.lat) - 4}
                width={8}
                height={8}
              >
                <title>{`${w.label}, worker (${w.detail})`}</title>
              </rect>
            ))}
            <line
              className="map-link"
              x1={PAD}
              x2={PAD + projection.pxPerKm}
              y1={projection.height - 8}
              y2={projection.height - 8}
              strokeWidth={3}
            />
            <text className="map-label" x={PAD + projection.pxPerKm + 6} y={projection.height - 4}>
              1 km (grid squares are 1 km)
            </text>
          </svg>
          <Panel title="Key">
            <ul className="legend">
              <li>
                <svg width="12" height="12" aria-hidden="true">
                  <circle className="map-person" cx="6" cy="6" r="5" />
                </svg>
                A person we support
              </li>
              <li>
                <svg width="12" height="12" aria-hidden="true">
                  <rect className="map-worker" x="1" y="1" width="10" height="10" />
                </svg>
                A wellbeing worker’s home
              </li>
              <li>
                <svg width="12" height="12" aria-hidden="true">
                  <line className="map-link" x1="0" y1="6" x2="12" y2="6" />
                </svg>
                The chosen person’s team
              </li>
              <li>
                <svg width="12" height="12" aria-hidden="true">
                  <rect className="map-worker map-team" x="1" y="1" width="10" height="10" />
                </svg>
                A worker in that team
              </li>
            </ul>
            <div className="field">
              <label className="field__label" htmlFor="map-person">
                Highlight a person and their team
              </label>
              <select id="map-person" className="select" value={selected} onChange={(e) => setSelected(e.target.value)}>
                <option value="">Nobody</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>
            </div>
            {chosen && (
              <p>
                {chosen.detail}
                {team.data
                  ? `; ${team.data.members.filter((m) => workers.has(m.staffId)).length} team homes linked`
                  : ''}
                . <Link to={`/people/${chosen.id}`}>Open {chosen.label}</Link>
              </p>
            )}
          </Panel>
        </div>
      )}
    </QueryState>
  );
}
