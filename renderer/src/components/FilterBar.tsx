import type { ReactNode } from 'react';
import { chosenOption, type Option } from './options';

/** The bar of filters above a list: a search landmark named for what it filters. */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="filter-bar" role="search" aria-label={label}>
      {children}
    </div>
  );
}

/** A labelled search box in a filter bar. */
export function SearchField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="input" type="search" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/**
 * A labelled select in a filter bar, with an "all" choice (`''`) before the options; it reports the option chosen,
 * typed by the option list.
 */
export function FilterSelect<V extends string>({
  id,
  label,
  value,
  onChange,
  allLabel,
  options,
}: {
  id: string;
  label: string;
  value: V | '';
  onChange: (value: V | '') => void;
  allLabel: string;
  options: readonly Option<V>[];
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => onChange(chosenOption(options, e.target.value))}
      >
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
