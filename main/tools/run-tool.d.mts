/** The path of a tool installed in node_modules/.bin. */
export function bin(name: string): string;
/** Run a tool in the project root, collecting its output, with the signal or exit code when it failed. */
export function runTool(command: string, args: readonly string[]): Promise<{ code: number | null; output: string }>;
