// Types for the part of @doyensec/electronegativity (plain CommonJS, no types of its own) the scan uses: its
// programmatic run(), whose module.exports is the function itself. The scan loads it with require and gives it
// this type.

export interface ElectronegativityOptions {
  /** A directory, .js, .html or .asar to scan. */
  input: string;
  /** Report files relative to the input. */
  isRelative?: boolean;
  /** Assume this Electron version instead of reading one from a package.json in the input. */
  electronVersionOverride?: string;
  /** Check names (class names, case-insensitive) left out of the scan. */
  excludeFromScan?: string[];
  /** Extra Babel parser plugins. */
  parserPlugins?: string[];
}
export interface ElectronegativityIssue {
  /** The file relative to the input, or "N/A" for a finding about the whole app. */
  file: string;
  /** The source line the finding points at (absent for whole-app findings). */
  sample?: string;
  location: { line: number; column: number };
  /** The check's id, e.g. CONTEXT_ISOLATION_JS_CHECK. */
  id: string;
  description: string;
  severity: { name: string };
  confidence: { name: string };
}
export interface ElectronegativityResult {
  globalChecks: number;
  atomicChecks: number;
  /** Files it could not parse (tolerable: parsed with a warning). */
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: ElectronegativityIssue[];
}
/** electronegativity's programmatic entry point. */
export type RunElectronegativity = (options: ElectronegativityOptions) => Promise<ElectronegativityResult>;
