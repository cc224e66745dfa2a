// The "nothing personal leaves" check (council-sync.md): walk every key and value of a summary and report anything
// that could name or single out a person. Used by the branch before it queues a summary and by the tests over
// summaries built from the demo branch and from random branches.

/** What was found, and where. */
export interface Disclosure {
  path: (string | number)[];
  kind: 'small_count' | 'name' | 'date' | 'ni_number' | 'postcode' | 'email' | 'phone' | 'id';
  /** The offending text or number, for the person fixing the builder (never sent anywhere). */
  found: string;
}

/** Facts from the branch's own store that must not appear anywhere in what it sends. */
export interface KnownPersonalData {
  /** Every staff member's and person supported's names (given, family, preferred). */
  names?: readonly string[];
  /** Every record id (staff, people supported, accounts). */
  ids?: readonly string[];
}

// Numbers that are measures, not counts of people or events: these may be 1 to 4 (a rate of 1, 3.5 FTE, a median
// of 2 workers, Charter stage 2). Every other number in a summary is a count and must not be 1 to 4.
const MEASURE_KEYS = new Set([
  'schemaVersion',
  'rate',
  'turnover12Months',
  'deskUtilisation',
  'plannedHours',
  'paidTravelMinutes',
  'sickPayHours',
  'medianWorkersPerPerson',
  'p90WorkersPerPerson',
  'stage',
  'number',
  'lateThresholdMinutes',
  'punctuality',
  'missedRate',
  'lengthenedRate',
  'shortenedRate',
  'plannedHoursCompleted',
  'actualHoursCompleted',
]);
const MEASURE_PARENTS = new Set(['fteByRoleGroup']);
// The envelope fields that are dates, times and an id by design.
const ENVELOPE_DATES = new Set(['period.start', 'period.end', 'generatedAt']);
const ENVELOPE_ID = 'summaryId';
// The Charter's commitments are the app's own fixed wording ("… not forced to rush or leave early"), so a person
// whose name is an everyday word would otherwise stop every monthly summary.
const FIXED_TEXT = /^charter\.\d+\.commitment$/;

const PATTERNS: readonly { kind: Disclosure['kind']; regex: RegExp }[] = [
  { kind: 'email', regex: /[^\s@]+@[^\s@]+\.[A-Za-z]{2,}/ },
  { kind: 'ni_number', regex: /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/i },
  { kind: 'postcode', regex: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b/i },
  { kind: 'phone', regex: /(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,9}\b/ },
  { kind: 'date', regex: /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/ },
  { kind: 'id', regex: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i },
];

/** Walk a summary (any JSON value) and list every disclosure found; an empty list means it is safe to send. */
export function findDisclosures(value: unknown, known: KnownPersonalData = {}): Disclosure[] {
  const names = (known.names ?? []).filter((n) => n.trim().length >= 2).map((n) => nameMatcher(n.trim()));
  const ids = new Set((known.ids ?? []).map((id) => id.toLowerCase()));
  const found: Disclosure[] = [];
  const checkText = (text: string, path: (string | number)[], isKey: boolean) => {
    const dotted = path.join('.');
    for (const { kind, regex } of PATTERNS) {
      if (!isKey && kind === 'date' && ENVELOPE_DATES.has(dotted)) continue;
      if (!isKey && kind === 'id' && dotted === ENVELOPE_ID) continue;
      const match = regex.exec(text);
      if (match) found.push({ path, kind, found: match[0] });
    }
    if (ids.has(text.toLowerCase())) found.push({ path, kind: 'id', found: text });
    // Keys are the schema's own words or checked standard references, never a record's: a username such as
    // "manager" is not found in "registered_manager".
    if (isKey || FIXED_TEXT.test(dotted)) return;
    for (const matcher of names) if (matcher.regex.test(text)) found.push({ path, kind: 'name', found: matcher.name });
  };
  const walk = (node: unknown, path: (string | number)[]) => {
    if (typeof node === 'number') {
      const key = path[path.length - 1];
      const parent = path[path.length - 2];
      const isMeasure = MEASURE_KEYS.has(String(key)) || MEASURE_PARENTS.has(String(parent));
      if (!isMeasure && node >= 1 && node <= 4) found.push({ path, kind: 'small_count', found: String(node) });
    } else if (typeof node === 'string') {
      checkText(node, path, false);
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        checkText(key, [...path, key], true);
        walk(child, [...path, key]);
      }
    }
  };
  walk(value, []);
  return found;
}

function nameMatcher(name: string): { name: string; regex: RegExp } {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { name, regex: new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu') };
}
