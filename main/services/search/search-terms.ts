import { sql, type RawBuilder, type SqlBool } from 'kysely';

// A search box matches word by word: each of the first few words must appear somewhere, so "ann smith" finds Ann
// Smith whichever column holds which word. LIKE's wildcards in what was typed are escaped, so "50%" means 50%.
const MAX_TERMS = 5;

/** The LIKE patterns for what was typed in a search box: one per word, at most five. */
export function likePatterns(search: string): string[] {
  return search
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_TERMS)
    .map((term) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** True when any of the columns contains the pattern (case-insensitive for ASCII, as SQLite's LIKE is). */
export function anyColumnLike(columns: readonly RawBuilder<unknown>[], pattern: string): RawBuilder<SqlBool> {
  const tests = columns.map((column) => sql`${column} LIKE ${pattern} ESCAPE '\\'`);
  return sql<SqlBool>`(${sql.join(tests, sql` OR `)})`;
}
