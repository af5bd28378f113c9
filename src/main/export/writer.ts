import { createHash } from 'node:crypto'
import type { Hash } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, realpathSync, rmdirSync, statSync, unlinkSync, writeFile, writeSync } from 'node:fs'
import path from 'node:path'
import { RectoError } from '../../shared/errors'

export interface WrittenFile {
  /** Relative to the export folder, `/`-separated. */
  path: string
  bytes: number
  sha256: string
}

export interface LineFile {
  write(line: string): void
  close(): void
}

export interface ExportFolder {
  readonly root: string
  writeFile(rel: string, data: string | Uint8Array): WrittenFile
  /** A file written line by line (JSONL, CSV), hashed as it goes. */
  lines(rel: string, eol?: string): LineFile
  /**
   * Like writeFile, but the bytes reach the disk on libuv's threads while the export goes on: for
   * FUNSD's file per page, whose creation costs the file system more than the JSON costs us.
   */
  writeFileSoon(rel: string, data: string | Uint8Array): WrittenFile
  /** Waits until at most `pending` files of writeFileSoon are unwritten; throws their first error. */
  settled(pending?: number): Promise<void>
  files(): WrittenFile[]
  /** Removes what this export wrote (after a cancel or an error; after `settled`, so no write lands later). */
  discard(): void
}

// Lines are gathered into writes of about this many characters. Small on purpose: lines held
// longer survive young-generation collections and get copied (1 MB cost Label Studio's 300 MB
// export a fifth more time than 64 KB).
const FLUSH_AT = 64 * 1024

// Every name the export writes is generated (hex keys, fixed names), so a strict pattern costs
// nothing and rules out `..`, absolute paths, drive letters, NUL and backslashes at once.
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,200}$/

/**
 * Opens the folder an export writes into: created if missing; an existing folder must be empty
 * unless `force`, and even then only files of the same name are replaced.
 */
export function openExportFolder(dir: string, options: { force?: boolean } = {}): ExportFolder {
  const root = path.resolve(dir)
  if (existsSync(root)) {
    if (!statSync(root).isDirectory()) throw new RectoError('export_not_a_folder', `${root} is a file, not a folder.`)
    if (!options.force && readdirSync(root).length > 0) {
      throw new RectoError('export_folder_not_empty', `${root} is not empty; choose an empty folder or use --force.`)
    }
  } else {
    mkdirSync(root, { recursive: true })
  }
  const realRoot = realpathSync(root)
  const written = new Map<string, WrittenFile>()
  const createdDirs: string[] = []
  const open = new Set<number>()
  const created: string[] = []
  const checkedDirs = new Set<string>()

  const target = (rel: string): string => {
    const segments = rel.split('/')
    if (!segments.every((s) => SEGMENT.test(s))) {
      throw new RectoError('export_bad_path', `Refusing to write "${rel}": not a plain relative name.`)
    }
    const full = path.resolve(root, ...segments)
    if (!full.startsWith(root + path.sep)) throw new RectoError('export_bad_path', `Refusing to write outside ${root}: ${rel}`)
    const parent = path.dirname(full)
    if (!checkedDirs.has(parent)) {
      makeDirs(parent)
      // A symlinked subfolder must not lead out of the export folder either.
      const realParent = realpathSync(parent)
      if (realParent !== realRoot && !realParent.startsWith(realRoot + path.sep)) {
        throw new RectoError('export_bad_path', `Refusing to write outside ${root}: ${rel} leads to ${realParent}`)
      }
      checkedDirs.add(parent)
    }
    if (written.has(rel)) throw new RectoError('export_duplicate', `The export wrote ${rel} twice.`)
    return full
  }
  const makeDirs = (dirPath: string) => {
    const missing: string[] = []
    for (let d = dirPath; d !== root && !existsSync(d); d = path.dirname(d)) missing.unshift(d)
    for (const d of missing) {
      mkdirSync(d)
      createdDirs.push(d)
    }
  }
  const openFile = (full: string) => {
    const fd = openSync(full, options.force ? 'w' : 'wx')
    open.add(fd)
    created.push(full)
    return fd
  }
  let writing = 0
  let wake: (() => void) | null = null
  let writeError: unknown = null
  const finish = (rel: string, fd: number, bytes: number, hash: Hash): WrittenFile => {
    closeSync(fd)
    open.delete(fd)
    const file = { path: rel, bytes, sha256: hash.digest('hex') }
    written.set(rel, file)
    return file
  }

  return {
    root,
    writeFile(rel, data) {
      const fd = openFile(target(rel))
      const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
      writeSync(fd, buffer)
      return finish(rel, fd, buffer.byteLength, createHash('sha256').update(buffer))
    },
    writeFileSoon(rel, data) {
      const full = target(rel)
      const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
      const file = { path: rel, bytes: buffer.byteLength, sha256: createHash('sha256').update(buffer).digest('hex') }
      written.set(rel, file)
      writing++
      writeFile(full, buffer, { flag: options.force ? 'w' : 'wx' }, (error) => {
        writing--
        // Ours unless it was there before (EEXIST): a write that failed half-way leaves a part.
        if (!error || error.code !== 'EEXIST') created.push(full)
        if (error) writeError ??= error
        wake?.()
      })
      return file
    },
    async settled(pending = 0) {
      // One waiter at a time: the export awaits this between documents, never twice at once.
      while (writing > pending) await new Promise<void>((resolve) => (wake = resolve))
      wake = null
      if (writeError) throw writeError
    },
    lines(rel, eol = '\n') {
      const fd = openFile(target(rel))
      const hash = createHash('sha256')
      let pending: string[] = []
      let pendingLength = 0
      let bytes = 0
      const flush = () => {
        if (pending.length === 0) return
        const buffer = Buffer.from(pending.join(''), 'utf8')
        writeSync(fd, buffer)
        hash.update(buffer)
        bytes += buffer.byteLength
        pending = []
        pendingLength = 0
      }
      return {
        write(line) {
          pending.push(line, eol)
          pendingLength += line.length + eol.length
          if (pendingLength > FLUSH_AT) flush()
        },
        close() {
          flush()
          finish(rel, fd, bytes, hash)
        },
      }
    },
    files: () => [...written.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    discard() {
      for (const fd of open) closeSync(fd)
      open.clear()
      for (const full of created) tryTo(() => unlinkSync(full))
      created.length = 0
      written.clear()
      for (const d of createdDirs.reverse()) tryTo(() => rmdirSync(d))
    },
  }
}

function tryTo(action: () => void): void {
  try {
    action()
  } catch {
    // best effort: a file someone else put there stays
  }
}
