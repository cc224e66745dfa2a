/** Read a chosen file as base64 (without the data-URL prefix), as the contract carries files. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('The file could not be read; choose it again.'));
    reader.readAsDataURL(file);
  });
}

function offer(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offer text to the person as a file download (CSV exports, templates). */
export function downloadText(fileName: string, text: string, type = 'text/csv'): void {
  offer(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Offer a file the backend made (base64) as a download. */
export function downloadBase64(fileName: string, mediaType: string, base64: string): void {
  offer(fileName, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: mediaType }));
}
