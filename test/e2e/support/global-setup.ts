import { buildIsStale } from '@main/tools/build-lib.mjs';

/** The browser layer tests the built app: build it first when sources are newer than the last build. */
export default async function globalSetup(): Promise<void> {
  if (buildIsStale()) {
    const { buildAll } = await import('@main/tools/build.mjs');
    await buildAll({ quiet: true });
  }
}
