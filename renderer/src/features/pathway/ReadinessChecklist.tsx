import type { Readiness } from '@shared/domain/pathway/readiness';
import { Tag } from '@renderer/components/Layout';

/** A readiness checklist: each requirement met or not yet, with what to do. */
export function ReadinessChecklist({ readiness }: { readiness: Readiness }) {
  if (readiness.items.length === 0) return <p>No requirements are set for this step.</p>;
  return (
    <ul className="checklist" aria-label={`Requirements for ${readiness.stepName}`}>
      {readiness.items.map((item) => (
        <li key={`${item.kind}-${item.label}`} className="checklist__item">
          <span>{item.met ? <Tag tone="green">Met</Tag> : <Tag tone="amber">Not yet</Tag>}</span>
          <span>
            <span className="checklist__label">{item.label}</span>
            <span className="checklist__detail">{item.detail}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
