/**
 * Passwords of encrypted PDFs, held in main-process memory for the session only, keyed by
 * document: never written to the database, a log or a file. Once the clerk has opened a document
 * with its password, region OCR and the page view can open it again without asking; after a
 * restart the password is gone and must be entered again.
 */
export interface PasswordVault {
  remember(documentId: number, password: string): void
  get(documentId: number): string | undefined
  forget(documentId: number): void
}

export function createPasswordVault(): PasswordVault {
  const passwords = new Map<number, string>()
  return {
    remember: (documentId, password) => void passwords.set(documentId, password),
    get: (documentId) => passwords.get(documentId),
    forget: (documentId) => void passwords.delete(documentId),
  }
}
