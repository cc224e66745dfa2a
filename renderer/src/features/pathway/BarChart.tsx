/**
 * A small accessible bar chart (inline SVG) for month counts; the numbers are also given as a table for screen
 * readers.
 */
export function BarChart({ title, data }: { title: string; data: { label: string; value: number }[] }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const barWidth = 28;
  const gap = 8;
  const height = 120;
  const width = data.length * (barWidth + gap);
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="bar-chart"
        viewBox={`0 0 ${width} ${height + 34}`}
        width={width}
        role="img"
        aria-label={`${title}: ${data.map((d) => `${d.label} ${d.value}`).join(', ')}`}
      >
        {data.map((d, i) => {
          const h = Math.round((d.value / max) * height);
          const x = i * (barWidth + gap);
          return (
            <g key={d.label}>
              <rect className="bar-chart__bar" x={x} y={height - h + 14} width={barWidth} height={h} />
              <text className="bar-chart__value" x={x + barWidth / 2} y={height - h + 10} textAnchor="middle">
                {d.value}
              </text>
              <text className="bar-chart__label" x={x + barWidth / 2} y={height + 30} textAnchor="middle">
                {d.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{title}</figcaption>
    </figure>
  );
}

/** Pence per hour as pounds, e.g. 1420 → £14.20. */
export function poundsPerHour(pence: number | null): string | null {
  return pence === null ? null : `£${(pence / 100).toFixed(2)} an hour`;
}
