import { ATTENDANCE_LABELS, VENUE_LABELS } from '@shared/domain/training/sessions';
import { STRAND_LABELS, STRANDS } from '@shared/domain/training/catalogue';

/** Strands as select options. */
export const STRAND_OPTIONS = STRANDS.map((strand) => ({ value: strand, label: STRAND_LABELS[strand] }));

/** Venue kinds as select options. */
export const VENUE_OPTIONS = Object.entries(VENUE_LABELS).map(([value, label]) => ({ value, label }));

export { ATTENDANCE_LABELS };

/** Read a chosen file as base64 (no data: prefix). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Offer text as a file download. */
export function downloadText(fileName: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
