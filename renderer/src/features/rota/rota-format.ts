import { downloadBase64 } from '@renderer/components/files';

/** Hours and minutes from minutes, e.g. "12 h 30 min" (one formatter, in shared/). */
export { formatDuration as hoursText } from '@shared/domain/time/format';

/** "£1,234.56" from pence. */
export function pounds(pence: number): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
}

/** Save a backend-made file (base64) through the browser's download. */
export function saveFile(file: { filename: string; mediaType: string; base64: string }): void {
  downloadBase64(file.filename, file.mediaType, file.base64);
}
