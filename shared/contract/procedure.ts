import type { z } from 'zod';
import type { Role } from './roles';

/** How a procedure is declared in the contract: schemas, who may call it, and how dispatch treats it. */
export interface ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Roles allowed to call; empty only for public procedures. */
  roles: readonly Role[];
  /** Callable without a session (sign-in, first-run setup). */
  public?: boolean;
  /** Changes data: dispatch guarantees an audit entry for every outcome. */
  mutation?: boolean;
  /**
   * The domains (the part of a procedure name before the dot) whose queries this call can change, read from what its
   * handler writes and which reads see it. The renderer refreshes exactly these after a success (and the audit log,
   * which every mutation appends to). Every mutation declares it, `[]` when it changes nothing a query shows.
   */
  invalidates?: readonly string[];
  /**
   * Starts, resumes or ends this window's session. Over HTTP the session rides in a cookie that the event stream only
   * picks up when it reconnects, so the transport reconnects it after these.
   */
  changesSession?: boolean;
  /** Does not count as user activity for the idle lock (status checks, polling). */
  passive?: boolean;
  /** Body size limit for this procedure in bytes (files, imports); the host default applies otherwise. */
  maxBodyBytes?: number;
  /**
   * Callable only from a kiosk session (the hub's front desk), and a kiosk session may call nothing else.
   * `roles` is empty: no person's session reaches it.
   */
  kiosk?: boolean;
  /**
   * What a caller holding none of `unlessRoles` receives instead (a worker's view of a person): dispatch parses the
   * handler's answer with this narrower schema, so any field it does not name is stripped, whatever the handler sent.
   */
  narrowOutput?: { unlessRoles: readonly Role[]; schema: z.ZodType };
  /** One line for people reading the contract. */
  summary: string;
}

/** Declare a procedure with its types preserved. */
export function procedure<I extends z.ZodType, O extends z.ZodType>(def: ProcedureDef<I, O>): ProcedureDef<I, O> {
  return def;
}
