/** The project root. */
export const root: string;
/** The build output folder. */
export const outDir: string;
/** True when out/ is missing or older than any source file. */
export function buildIsStale(): boolean;
/** Mark the build as fresh. */
export function writeStamp(): void;
