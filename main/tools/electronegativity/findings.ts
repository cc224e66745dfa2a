// What electronegativity found, set against the committed exclusion list. Pure, so a unit test proves that a new
// finding fails the step and that an exclusion nothing matches any more is reported too (the list stays exact).

/** The file electronegativity names for a finding about the app as a whole (a missing handler, no CSP found). */
export const WHOLE_APP = 'N/A';

/** One finding, identified by its check, its file and the source line it points at (line numbers drift). */
export interface Finding {
  /** The check's id, e.g. CONTEXT_ISOLATION_JS_CHECK. */
  readonly check: string;
  /** The file from the repository's root (main/electron/window.ts), or WHOLE_APP. */
  readonly file: string;
  /** The flagged source line, trimmed ('' for a whole-app finding). */
  readonly sample: string;
  /** Where it is now, for the report only (never part of the match). */
  readonly line: number;
  readonly description: string;
}

/** A finding reviewed and accepted, with the reason a reviewer can check. */
export interface Exclusion {
  readonly check: string;
  readonly file: string;
  /** The flagged source line, trimmed: editing that line makes the finding new again, so it is looked at again. */
  readonly sample: string;
  /** Why this is not a problem in this app (what guards it instead, and which test proves the guard). */
  readonly reason: string;
}

/** The findings no exclusion accepts, and the exclusions that accept nothing found. */
export interface Comparison {
  readonly newFindings: readonly Finding[];
  readonly staleExclusions: readonly Exclusion[];
}

function matches(exclusion: Exclusion, finding: Finding): boolean {
  return exclusion.check === finding.check && exclusion.file === finding.file && exclusion.sample === finding.sample;
}

/** Set the findings against the exclusion list. */
export function compareWithExclusions(findings: readonly Finding[], exclusions: readonly Exclusion[]): Comparison {
  return {
    newFindings: findings.filter((finding) => !exclusions.some((exclusion) => matches(exclusion, finding))),
    staleExclusions: exclusions.filter((exclusion) => !findings.some((finding) => matches(exclusion, finding))),
  };
}

/** One line per finding, for the step's output. */
export function describeFinding(finding: Finding): string {
  const where = finding.file === WHOLE_APP ? 'the app as a whole' : `${finding.file}:${finding.line}`;
  const sample = finding.sample === '' ? '' : `\n    ${finding.sample}`;
  return `${finding.check} at ${where}: ${finding.description}${sample}`;
}

/** The lines the step prints when it fails, or [] when the findings match the list exactly. */
export function comparisonProblems({ newFindings, staleExclusions }: Comparison): string[] {
  return [
    ...newFindings.map(
      (finding) =>
        `New finding (fix it, or add it to main/tools/electronegativity/exclusions.ts with its reason): ` +
        describeFinding(finding),
    ),
    ...staleExclusions.map(
      (exclusion) =>
        `Exclusion no longer matches any finding (remove it from the list): ${exclusion.check} in ` +
        `${exclusion.file}${exclusion.sample === '' ? '' : ` at "${exclusion.sample}"`}`,
    ),
  ];
}
