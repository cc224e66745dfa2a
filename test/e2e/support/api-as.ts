import { request, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';
import { isoWeekOf, shiftIsoWeek } from '@shared/domain/time/iso-week';

/** Calls over the real HTTP host as a signed-in demo account (for setting up what a journey starts from). */
export async function apiAs(
  baseURL: string,
  username: string,
): Promise<{ ok: (name: string, input: unknown) => Promise<unknown>; ctx: APIRequestContext }> {
  const ctx = await request.newContext({ baseURL });
  const ok = async (name: string, input: unknown) => {
    const res = await ctx.post(`rpc/${name}`, { data: input });
    const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${name}: ${body.error?.message ?? 'failed'}`);
    return body.value;
  };
  await ok('auth.signIn', { username, password: DEMO_PASSWORD });
  return { ok, ctx };
}

/**
 * This week (by the host's clock), or the week `weeksAhead` after it, planned and published, as a coordinator would
 * have done before a journey starts. Each Playwright worker keeps one demo host for all its journeys, so the first
 * journey that needs the week plans it and the others find it published: planning the 150-worker demo week is the
 * slowest set-up there is.
 */
export async function weekPublished(
  ok: (name: string, input: unknown) => Promise<unknown>,
  weeksAhead = 0,
): Promise<{ isoWeek: string; today: string; minute: number }> {
  const { today, minute } = (await ok('clock.now', {})) as { today: string; minute: number };
  const isoWeek = shiftIsoWeek(isoWeekOf(today), weeksAhead);
  const week = (await ok('rota.getWeek', { isoWeek })) as { status: string };
  if (week.status !== 'published') {
    const { stamp } = (await ok('rota.planWeek', { isoWeek, iterations: 20_000 })) as { stamp: string };
    await ok('rota.publish', { isoWeek, stamp });
  }
  return { isoWeek, today, minute };
}

/** This week (by the host's clock) planned and published. */
export const thisWeekPublished = (ok: (name: string, input: unknown) => Promise<unknown>) => weekPublished(ok, 0);
