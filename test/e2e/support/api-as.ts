import { request, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from '@main/demo/demo-branch';

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
