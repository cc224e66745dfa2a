/** The Electron executable's path, or null with the reason it is not available. */
export function findElectronBinary(env?: NodeJS.ProcessEnv): { path: string | null; reason: string | null };
