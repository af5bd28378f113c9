/** pdf.js rejects an encrypted PDF opened without (or with a wrong) password with this error name. */
export function isPasswordError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'PasswordException'
}
