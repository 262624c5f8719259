/** Saves a blob as a file through a temporary link (browsers only). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A safe file name from a title: `Torbay WSoA: progress` gives `torbay-wsoa-progress.csv`.
 *
 * @example
 * fileName('Torbay WSoA: progress', 'csv', 'plan'); // 'torbay-wsoa-progress.csv'
 */
export function fileName(title: string, extension: string, fallback: string): string {
  const base = title
    .replace(/[^\w-]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${base || fallback}.${extension}`;
}
