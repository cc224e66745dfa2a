import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomIds, systemClock, type CouncilClock, type CouncilIds } from './clock';
import type { CouncilStore } from './db/open-council-store';
import { createAuditHeadHandler, createAuditHeadsHandler } from './intake/audit-head-handler';
import { createIntakeHandler, type IntakeLimits } from './intake/intake-handler';
import { RateLimiter } from './intake/rate-limit';
import { createWebHandler } from './web/web-handler';
import { sendJson } from './web/http';

/** How the service is set up; everything but the store has a default. */
export interface CouncilOptions {
  store: CouncilStore;
  clock?: CouncilClock;
  ids?: CouncilIds;
  limits?: Partial<IntakeLimits>;
  /** Summaries per second per branch token, and the burst allowed at once. */
  rate?: { perSecond: number; burst: number };
  onError?: (error: unknown) => void;
}

/** The defaults: 256 KiB per summary (a full monthly summary is under 10 KiB), 32 at once, 20/s per branch. */
export const DEFAULT_LIMITS: IntakeLimits = { maxBodyBytes: 256 * 1024, maxInFlight: 32 };
const DEFAULT_RATE = { perSecond: 20, burst: 200 };

/** The council service as one request handler: the intake and the borough view. */
export function createCouncilApp(options: CouncilOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const clock = options.clock ?? systemClock;
  const onError = options.onError ?? ((error: unknown) => console.error('council:', error));
  const rate = options.rate ?? DEFAULT_RATE;
  const intake = createIntakeHandler({
    store: options.store,
    clock,
    limiter: new RateLimiter(rate.perSecond, rate.burst),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    onError,
  });
  const auditHead = createAuditHeadHandler({ store: options.store, clock });
  const auditHeads = createAuditHeadsHandler({ store: options.store, clock });
  const web = createWebHandler({ store: options.store, clock, ids: options.ids ?? randomIds, onError });
  return (req, res) => {
    // The council's clock, not the process's, dates every answer (a branch reads it to see whether its clock is off).
    res.setHeader('Date', clock.now().toUTCString());
    const path = (req.url ?? '/').split('?')[0];
    const handled =
      path === '/v1/summaries'
        ? req.method === 'POST'
          ? intake(req, res)
          : Promise.resolve(sendJson(res, 405, { message: 'Use POST' }, { Allow: 'POST' }))
        : path === '/v1/audit-head' || path === '/v1/audit-heads'
          ? req.method === 'GET'
            ? (path === '/v1/audit-head' ? auditHead : auditHeads)(req, res)
            : Promise.resolve(sendJson(res, 405, { message: 'Use GET' }, { Allow: 'GET' }))
          : web(req, res);
    handled.catch((error: unknown) => {
      onError(error);
      sendJson(res, 500, { message: 'Something went wrong at the council' });
    });
  };
}
