import { buildIsStale } from '../../../scripts/build-lib.mjs';

/** The browser layer tests the built app: build it first when sources are newer than the last build. */
export default async function globalSetup(): Promise<void> {
  if (buildIsStale()) {
    const { buildAll } = await import('../../../scripts/build.mjs');
    await buildAll({ quiet: true });
  }
}
