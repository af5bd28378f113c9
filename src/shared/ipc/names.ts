/**
 * Method and event names alone, without the zod schemas, so the sandboxed preload stays a small
 * bundle. contract.ts checks at compile time that this list and the contract's keys agree.
 */
export const METHOD_NAMES = [
  'listDocuments',
  'getDocument',
  'getPageWords',
  'getDocumentFile',
  'unlockDocument',
  'getPageImage',
  'importPaths',
  'importFiles',
  'cancelProcessing',
  'retryDocument',
  'updateField',
  'addLineItem',
  'deleteLineItem',
  'confirmDocument',
  'rejectDocument',
  'reopenDocument',
  'addComment',
  'listEdits',
  'ocrRegion',
  'exportTrainingSet',
  'cancelExport',
  'listAudit',
  'getMetrics',
  'retrainModel',
  'getModelInfo',
  'listProfiles',
  'saveProfile',
  'switchProfile',
  'getSettings',
  'updateSettings',
  'getAppInfo',
] as const

export const EVENT_NAMES = ['progress', 'documentsChanged', 'exportProgress'] as const

/** Prefix of every IPC channel; main refuses any other. */
export const CHANNEL_PREFIX = 'recto:'
