import type { AuditVerification, CouncilHeadCheck } from '@shared/domain/audit/audit';
import { formatInstant } from '@shared/domain/time/format';

/** What the audit log check found, in words for the manager. */
export interface VerificationWords {
  tone: 'success' | 'error';
  title: string;
  body: string[];
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function sealNote(v: AuditVerification): string | null {
  if (v.sealedFromSeq === null || v.sealedFromSeq <= 1) return null;
  return (
    `Entries before #${v.sealedFromSeq} were written before the log was sealed; they cannot be changed without ` +
    `breaking entry #${v.sealedFromSeq}, which is sealed.`
  );
}

function problemWords(v: AuditVerification): string {
  const at = v.firstBrokenSeq;
  switch (v.problem) {
    case 'altered':
      return (
        `Entry #${at} no longer fits the entries before it: ` +
        'it, or one just before it, was changed, removed or moved.'
      );
    case 'cut_off':
      return (
        `Entries are missing from the end: this computer recorded the log reaching entry #${v.witnessedSeq}, ` +
        `but it now stops at #${(at ?? 1) - 1}.`
      );
    case 'diverged':
      return (
        `Entry #${at} is not the one this computer recorded: entries up to #${at} were cut off and others ` +
        'written in their place.'
      );
    case 'key_missing':
      return (
        `The log was sealed with an audit key this computer does not hold, so entries from #${at} cannot be checked. ` +
        'This happens when the store is moved or restored without its key folder.'
      );
    case 'witness_missing':
      return (
        "This computer's own record of where the log ends is missing, so entries cut off the end could not be seen. " +
        'Restore the key folder beside the store from a backup.'
      );
    case 'witness_altered':
      return "This computer's own record of where the log ends has been edited.";
    case 'head_mismatch':
      return `The log does not hold entry #${at} as recorded on the backup or council receipt you entered.`;
    case 'council_mismatch':
      return (
        'The log does not hold the entry the council keeps from the summary built on ' +
        `${v.council?.builtAt ? formatInstant(v.council.builtAt) : 'the last date it received one'}: ` +
        'the log was rewritten after that summary was sent, even though it is in order here.'
      );
    case null:
      return 'The log has been altered.';
  }
}

/** Describe a verification of the audit log in plain words. */
export function describeVerification(v: AuditVerification): VerificationWords {
  if (!v.ok) {
    return {
      tone: 'error',
      title: 'The audit log has been tampered with.',
      body: [problemWords(v), 'Tell your registered manager and keep a copy of this store as it is.'],
    };
  }
  const body = [
    `All ${plural(v.entries, 'entry', 'entries')} are in order and sealed with this computer's audit key; ` +
      'none has been changed, removed, moved or cut off the end.',
  ];
  const seal = sealNote(v);
  if (seal) body.push(seal);
  if (v.checkedHead)
    body.push(`Entry #${v.checkedHead.seq} matches the one recorded on the backup or council receipt you entered.`);
  const council = councilWords(v.council);
  if (council) body.push(council);
  if (v.witnessRestartedAtSeq !== null)
    body.push(
      `Note: this computer's own record of where the log ends had to be started again at entry ` +
        `#${v.witnessRestartedAtSeq}, so entries cut off the end before then would not show here.`,
    );
  return { tone: 'success', title: 'The audit log is intact.', body };
}

// What the check against the council's copy found, when the log is otherwise in order.
function councilWords(c: CouncilHeadCheck | null): string | null {
  if (c === null) return null;
  switch (c.state) {
    case 'matches': {
      const built = c.builtAt ? formatInstant(c.builtAt) : 'its latest date';
      if ((c.headsHeld ?? 1) <= 1)
        return (
          `Entry #${c.seq ?? ''} matches the one the council keeps from the summary built on ${built}: ` +
          'the log has not been rewritten since.'
        );
      return (
        `The log holds, unchanged, each of the ${plural(c.headsHeld ?? 0, 'entry', 'entries')} the council keeps ` +
        `from this branch's summaries; the latest is entry #${c.seq ?? ''}, from the summary built on ${built}: ` +
        'the log has not been rewritten since the first of them was sent.'
      );
    }
    case 'none_held':
      return 'The council holds no summary from this branch yet, so there is nothing of the log to check there.';
    case 'unavailable':
      return `The council’s copy could not be checked: ${c.message ?? 'it could not be asked'}`;
    case 'mismatch':
      return null;
  }
}
