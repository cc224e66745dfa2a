import type { ParsedInput, ProcedureName, ProcedureOutput } from '@shared/contract/procedures';
import type { HandlerContext } from './context';

/** The implementation of one procedure: parsed input in, output out; throw AppError for expected failures. */
export type Handler<N extends ProcedureName> = (
  input: ParsedInput<N>,
  ctx: HandlerContext,
) => Promise<ProcedureOutput<N>>;

/** Handlers for a subset of procedures (one domain's file). */
export type HandlerTable<N extends ProcedureName> = { [K in N]: Handler<K> };

/** Every procedure's handler; the type makes the router exhaustive against the contract. */
export type Router = HandlerTable<ProcedureName>;
