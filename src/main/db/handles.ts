import type Database from 'better-sqlite3'

/**
 * Branded handles (after Signal-Desktop): a function that only reads asks for `ReadableDb`, one
 * that writes asks for `WritableDb`, so the signature says which it does.
 */
export type ReadableDb = Database.Database & { readonly __readable: true }
export type WritableDb = ReadableDb & { readonly __writable: true }
