/** A choice in a select: the value it stands for and what a person reads. */
export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** Options from a labels table (`{ walk: 'Walking', … }`), typed by its keys, in the table's order. */
export function optionsFrom<V extends string>(labels: Readonly<Record<V, string>>): Option<V>[] {
  return (Object.entries(labels) as [V, string][]).map(([value, label]) => ({ value, label }));
}

/** The option whose value a select reported, typed by the option list; `''` for the empty ("all", "none") choice. */
export function chosenOption<V extends string>(options: readonly Option<V>[], value: string): V | '' {
  return options.find((option) => option.value === value)?.value ?? '';
}
