/**
 * The one contract between the renderer and main. Each method names its request schema (checked
 * with zod where the request arrives) and its response type. Electron's preload, the main-side
 * handlers and the localhost test bridge are all typed from this object, so a channel cannot drift
 * in one place without the compiler noticing in the others.
 */
import { z } from 'zod'
import { EDIT_ACTIONS, DOCUMENT_STATUSES, ROLES } from '../documents'
import type {
  AuditPage,
  DocumentDetail,
  DocumentSummary,
  EditRow,
  ImportResult,
  Metrics,
  ProfilesInfo,
  ProgressEvent,
} from '../documents'
import { EXPORT_FORMATS } from '../exports'
import type { ExportProgress, ExportSummary } from '../exports'
import { HEADER_FIELD_KEYS, LINE_ITEM_KEYS } from '../fields'
import type { ModelInfo, RetrainSummary } from '../learning'
import { settingsSchema } from '../settings'
import type { Settings } from '../settings'
import type { Word } from '../words'
import { CHANNEL_PREFIX, EVENT_NAMES, METHOD_NAMES } from './names'

/**
 * A method: its request schema plus a phantom of its response type. Curried so that the request
 * type is inferred from the schema while the response type is written out.
 */
function returns<Res>() {
  return <Req extends z.ZodType>(request: Req): { request: Req; response?: Res } => ({ request })
}

const id = z.number().int().positive()
const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()])
const fieldKey = z.enum([...HEADER_FIELD_KEYS, ...LINE_ITEM_KEYS])
const text = (max: number) => z.string().max(max)
const empty = z.object({}).strict()
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
/** A whole UTC day (`2025-03-01`) or an instant (`2025-03-01T00:00:00.000Z`, local midnight). */
const dayOrInstant = z.union([isoDate, z.iso.datetime({ offset: true })])
const profileName = text(80).trim().min(1)

export const contract = {
  listDocuments: returns<DocumentSummary[]>()(
    z
      .object({
        status: z.array(z.enum(DOCUMENT_STATUSES)).optional(),
        search: text(200).optional(),
      })
      .strict(),
  ),
  getDocument: returns<DocumentDetail>()(z.object({ documentId: id }).strict()),
  getPageWords: returns<Word[]>()(
    z.object({ documentId: id, page: z.number().int().min(1) }).strict(),
  ),
  /**
   * The original file's bytes, for pdf.js or an <img> in the renderer; for an encrypted PDF, the
   * password the clerk entered this session (held in main's memory only, never stored).
   */
  /**
   * Opens an encrypted PDF for this session with the clerk's password (checked, then held in main's
   * memory only), so its page view and region OCR work after a restart without reprocessing.
   */
  unlockDocument: returns<{ unlocked: true }>()(
    z.object({ documentId: id, password: text(1024) }).strict(),
  ),
  getDocumentFile: returns<{ mime: string; bytes: Uint8Array; password?: string }>()(
    z.object({ documentId: id }).strict(),
  ),
  /**
   * One page of an image document (a TIFF page, a PNG, a JPEG) in a format the renderer can draw:
   * PNG, JPEG and WebP as stored, other formats converted to PNG by main.
   */
  getPageImage: returns<{ mime: string; bytes: Uint8Array }>()(
    z.object({ documentId: id, page: z.number().int().min(1) }).strict(),
  ),
  importPaths: returns<ImportResult>()(
    z.object({ paths: z.array(text(4096).min(1)).min(1).max(10_000) }).strict(),
  ),
  /** For drops and pickers that hand over bytes rather than paths. */
  importFiles: returns<ImportResult>()(
    z
      .object({
        files: z
          .array(z.object({ name: text(1024).min(1), bytes: z.instanceof(Uint8Array) }).strict())
          .min(1)
          .max(1000),
      })
      .strict(),
  ),
  cancelProcessing: returns<{ cancelled: number }>()(empty),
  retryDocument: returns<DocumentSummary>()(
    z.object({ documentId: id, password: text(1024).optional() }).strict(),
  ),
  /** A person's decision on one field: a new value (`correct`) or the value as it is (`accept`). */
  updateField: returns<DocumentDetail>()(
    z
      .object({
        documentId: id,
        key: fieldKey,
        line: z.number().int().min(0).default(0),
        action: z.enum(['correct', 'accept']),
        value: text(2000).optional(),
        raw: text(2000).optional(),
        page: z.number().int().min(1).optional(),
        bbox: bbox.nullable().optional(),
      })
      .strict(),
  ),
  addLineItem: returns<DocumentDetail>()(z.object({ documentId: id }).strict()),
  deleteLineItem: returns<DocumentDetail>()(
    z.object({ documentId: id, line: z.number().int().min(1) }).strict(),
  ),
  /** Marks the document validated; answers with the next document to review, if any. */
  confirmDocument: returns<{ nextDocumentId: number | null }>()(
    z.object({ documentId: id }).strict(),
  ),
  rejectDocument: returns<{ nextDocumentId: number | null }>()(
    z.object({ documentId: id, reason: text(2000).trim().min(1) }).strict(),
  ),
  reopenDocument: returns<DocumentDetail>()(z.object({ documentId: id }).strict()),
  addComment: returns<DocumentDetail>()(
    z.object({ documentId: id, text: text(4000).trim().min(1) }).strict(),
  ),
  listEdits: returns<EditRow[]>()(
    z
      .object({
        documentId: id.optional(),
        action: z.enum(EDIT_ACTIONS).optional(),
        limit: z.number().int().min(1).max(100_000).optional(),
      })
      .strict(),
  ),
  /** OCR of a rectangle of a page at higher resolution (draw-a-box on scans). */
  ocrRegion: returns<Word[]>()(
    z.object({ documentId: id, page: z.number().int().min(1), bbox }).strict(),
  ),
  /** Writes a labeled training set into a folder (see src/main/export). */
  exportTrainingSet: returns<ExportSummary>()(
    z
      .object({
        format: z.enum(EXPORT_FORMATS),
        outDir: text(4096).min(1),
        statuses: z.array(z.enum(DOCUMENT_STATUSES)).min(1).default(['validated']),
        from: isoDate.optional(),
        to: isoDate.optional(),
        dateBasis: z.enum(['invoice', 'import']).default('invoice'),
        supplier: text(200).optional(),
        split: z.tuple([z.number().min(0), z.number().min(0), z.number().min(0)]).default([80, 10, 10]),
        dpi: z.number().int().min(36).max(600).default(150),
        images: z.boolean().optional(),
        dropPersonal: z.boolean().default(false),
        force: z.boolean().default(false),
      })
      .strict(),
  ),
  cancelExport: returns<{ cancelled: boolean }>()(empty),
  /**
   * The edit log across documents, newest first. `from` is inclusive, `to` exclusive for an
   * instant and inclusive for a day; `search` matches file name, supplier or invoice number.
   */
  listAudit: returns<AuditPage>()(
    z
      .object({
        documentId: id.optional(),
        user: text(80).optional(),
        action: z.enum(EDIT_ACTIONS).optional(),
        from: dayOrInstant.optional(),
        to: dayOrInstant.optional(),
        search: text(200).optional(),
        /** 500 when absent: the views page through the log. */
        limit: z.number().int().min(1).max(5000).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
  ),
  /** Review metrics; supervisors only. The range applies to the date of decision. */
  getMetrics: returns<Metrics>()(
    z.object({ from: dayOrInstant.optional(), to: dayOrInstant.optional() }).strict(),
  ),
  /** Retrains the candidate ranker and the confidence model from the logged decisions; supervisors only. */
  retrainModel: returns<RetrainSummary>()(empty),
  /** The model version extraction uses now (the shipped rules until a retraining). */
  getModelInfo: returns<ModelInfo>()(empty),
  listProfiles: returns<ProfilesInfo>()(empty),
  /** Creates a profile or changes its role; roles above clerk need a supervisor (or none yet). */
  saveProfile: returns<ProfilesInfo>()(
    z.object({ name: profileName, role: z.enum(ROLES) }).strict(),
  ),
  /** Makes an existing profile the current one: its name goes into every edit row from now. */
  switchProfile: returns<ProfilesInfo>()(z.object({ name: profileName }).strict()),
  getSettings: returns<Settings>()(empty),
  updateSettings: returns<Settings>()(settingsSchema.partial().strict()),
  getAppInfo: returns<{ version: string; dataDir: string; databasePath: string; logPath: string }>()(empty),
} as const

export type Contract = typeof contract
export type MethodName = keyof Contract
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>
/** What a handler receives: the request after zod parsing (defaults applied). */
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>
export type ResponseOf<M extends MethodName> = NonNullable<Contract[M]['response']>

// Both directions: a method missing from names.ts, or a name with no method, fails to compile.
type ListedName = (typeof METHOD_NAMES)[number]
const _namesMatch: [MethodName, ListedName] extends [ListedName, MethodName] ? true : never = true
void _namesMatch
export { METHOD_NAMES, EVENT_NAMES, CHANNEL_PREFIX }

/** Events main pushes to the renderer. */
export interface EventMap {
  progress: ProgressEvent
  /** Documents were added, processed or changed state: the queue should refresh them. */
  documentsChanged: { documentIds: number[] }
  exportProgress: ExportProgress
}
export type EventName = keyof EventMap

/** The API the renderer sees: one named async function per method, plus event subscriptions. */
export type RectoApi = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<ResponseOf<M>>
} & {
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void
}

/** What main implements: one handler per method, over already-validated requests. */
export type Handlers = {
  [M in MethodName]: (request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>
}

/** Every method's result crosses the boundary wrapped, so errors keep their code and message. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: RectoErrorShape }

export interface RectoErrorShape {
  code: string
  message: string
}
