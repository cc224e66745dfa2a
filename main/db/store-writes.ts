import { Kysely, TableNode } from 'kysely';
import type {
  Dialect,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryId,
  QueryResult,
} from 'kysely';
import type { Database } from './schema';

/**
 * Tables written on every call (a session's last activity) or only appended to (the audit log), which nothing kept in
 * memory is ever read from: their writes do not count. A table a cache reads from must never be listed here.
 */
const UNCOUNTED_TABLES: ReadonlySet<string> = new Set(['session', 'audit_log', 'audit_seal']);

type Node = PluginTransformQueryArgs['node'];

/** The one table a write goes to, when the query names exactly one plain table. */
function targetTable(node: Node): string | null {
  const table =
    node.kind === 'InsertQueryNode'
      ? node.into
      : node.kind === 'UpdateQueryNode'
        ? node.table
        : node.kind === 'DeleteQueryNode' && node.from.froms.length === 1
          ? node.from.froms[0]
          : undefined;
  return table !== undefined && TableNode.is(table) ? table.table.identifier.name : null;
}

const WRITES = new Set<Node['kind']>(['InsertQueryNode', 'UpdateQueryNode', 'DeleteQueryNode', 'MergeQueryNode']);

/**
 * Counts the writes made through one store's Kysely, so that what is worked out from the store can be kept in memory
 * and reused while the count is unchanged. A query counts once it has run (so whatever is read after the count was
 * taken is at least as new as it), and counts when in doubt: a query the plugin has not seen built (a compiled query
 * run as it is) counts if it changed any row.
 */
class WriteCounter implements KyselyPlugin {
  count = 0;
  private readonly kinds = new WeakMap<QueryId, 'write' | 'uncounted' | 'other'>();

  transformQuery({ node, queryId }: PluginTransformQueryArgs): Node {
    const table = targetTable(node);
    const kind = !WRITES.has(node.kind)
      ? 'other'
      : table !== null && UNCOUNTED_TABLES.has(table)
        ? 'uncounted'
        : 'write';
    this.kinds.set(queryId, kind);
    return node;
  }

  transformResult({ queryId, result }: PluginTransformResultArgs): Promise<QueryResult<Record<string, unknown>>> {
    const kind = this.kinds.get(queryId);
    const changedRows = (result.numAffectedRows ?? 0n) > 0n;
    if (kind === 'write' || (kind !== 'uncounted' && changedRows)) this.count += 1;
    return Promise.resolve(result);
  }
}

const counters = new WeakMap<Kysely<Database>, WriteCounter>();

/** A store's Kysely on a dialect, with its writes counted (`storeWrites`). */
export function kyselyCountingWrites(dialect: Dialect): Kysely<Database> {
  const counter = new WriteCounter();
  const db = new Kysely<Database>({ dialect, plugins: [counter] });
  counters.set(db, counter);
  return db;
}

/**
 * How many writes (other than sessions and audit entries) have been made through this store so far; null for a
 * transaction or a Kysely not opened as a store, where nothing may be reused (a transaction's own writes can still
 * roll back).
 */
export function storeWrites(db: Kysely<Database>): number | null {
  return counters.get(db)?.count ?? null;
}
