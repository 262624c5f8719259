import { vi } from 'vitest';

/**
 * Catches what `downloadBlob` saves in jsdom, which has no downloads: each file's name and blob, in
 * order, filled in as the page clicks its temporary links. Undo it with `vi.restoreAllMocks()`.
 */
export function catchDownloads(): { readonly names: string[]; readonly blobs: Blob[] } {
  const caught = { names: [] as string[], blobs: [] as Blob[] };
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => (caught.blobs.push(blob), `blob:${caught.blobs.length}`),
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    caught.names.push(this.download);
  });
  return caught;
}
