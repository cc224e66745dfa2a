/** Build the renderer and bundle the privileged side into out/. */
export function buildAll(options?: { quiet?: boolean }): Promise<void>;
