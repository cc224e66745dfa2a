import { downloadBase64 } from '@renderer/components/files';

/** "12 h 30 min". */
export function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "£1,234.56" from pence. */
export function pounds(pence: number): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
}

/** Save a backend-made file (base64) through the browser's download. */
export function saveFile(file: { filename: string; mediaType: string; base64: string }): void {
  downloadBase64(file.filename, file.mediaType, file.base64);
}
