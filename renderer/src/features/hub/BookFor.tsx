import { useQuery } from '@tanstack/react-query';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';

/**
 * Whom a coordinator or manager books for: themselves or a visitor with an account in use. Only drawn for them (the
 * backend refuses anyone else booking for another).
 */
export function BookFor({ value, onChange }: { value: string; onChange: (accountId: string) => void }) {
  const api = useApi();
  const visitors = useQuery(procedureQuery(api, 'hub.visitors', {}));
  const usable = (visitors.data ?? []).filter((v) => !v.disabled);
  return (
    <div className="field">
      <label className="field__label" htmlFor="hub-book-for">
        Book for
      </label>
      <select id="hub-book-for" className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Yourself</option>
        {usable.map((v) => (
          <option key={v.accountId} value={v.accountId}>
            {v.organisationName ? `${v.displayName} (${v.organisationName})` : v.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}
