import { z } from 'zod';

/** Every error code a procedure call can answer with; the dispatch order decides the first four. */
export const ErrorCode = z.enum([
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'VALIDATION',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One field-level problem: where in the input, and what is wrong, in words a user can act on. */
export const Issue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type Issue = z.infer<typeof Issue>;

/** A schema's complaints as issues: the path (symbols dropped, as JSON cannot carry them) and the message. */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }));
}

/** The error half of the envelope. `reason` refines a code (e.g. `idle_locked` for UNAUTHENTICATED). */
export const RpcErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(Issue).optional(),
  reason: z.string().optional(),
});
export type RpcErrorBody = z.infer<typeof RpcErrorBody>;

/** What every call answers, over every transport. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: RpcErrorBody };

/** An error a handler throws on purpose; dispatch turns it into the envelope. Anything else becomes INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[] | undefined;
  readonly reason: string | undefined;
  /** The thrower has audited this refusal itself (password attempts; throttled ones are audited together). */
  readonly audited: boolean;
  constructor(code: ErrorCode, message: string, options?: { issues?: Issue[]; reason?: string; audited?: boolean }) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = options?.issues;
    this.reason = options?.reason;
    this.audited = options?.audited ?? false;
  }

  /** A VALIDATION error about one field, the common case for rules a schema cannot express. */
  static field(path: Issue['path'], message: string): AppError {
    return new AppError('VALIDATION', message, { issues: [{ path, message }] });
  }

  toBody(): RpcErrorBody {
    const body: RpcErrorBody = { code: this.code, message: this.message };
    if (this.issues) body.issues = this.issues;
    if (this.reason) body.reason = this.reason;
    return body;
  }
}
