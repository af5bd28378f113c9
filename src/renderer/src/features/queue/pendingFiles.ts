import type { PendingFile } from './queueModel'

/** Files from a picker or a drop, read lazily (see PendingFile). */
export function pendingFiles(files: FileList | readonly File[]): PendingFile[] {
  return Array.from(files, (file) => ({
    name: file.name,
    size: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  }))
}
