/**
 * Saves text as a file through the browser's own download (a blob URL on a temporary link), so the export
 * needs no Node access and works the same in Electron and in the browser host.
 */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers still read the blob after click() returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
