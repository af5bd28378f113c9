/** The parts of a KeyboardEvent the decisions below need; plain data so they test without a DOM. */
export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

export type ReviewCommand = 'confirm' | 'back' | 'undo' | 'redo' | 'help'

/** Every shortcut of the review view, as the `?` overlay lists them. */
export const REVIEW_SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: 'Tab / Shift+Tab', does: 'Next / previous flagged field (or every field, see Settings)' },
  { keys: 'Enter', does: 'Save the field (accept it if unchanged) and go to the next flagged one' },
  { keys: 'Typing', does: 'Replaces the value: a field selects all of its text when focused' },
  { keys: 'Ctrl+Enter', does: 'Confirm the document and open the next one' },
  { keys: 'Escape', does: 'Back to the queue' },
  { keys: 'Ctrl+Z', does: 'Undo the last field edit' },
  { keys: 'Ctrl+Shift+Z / Ctrl+Y', does: 'Redo' },
  { keys: 'Arrow keys', does: 'Move between line item cells (left/right at the ends of the text)' },
  { keys: 'Click a word', does: 'Put its text into the focused field' },
  { keys: 'Shift+click a word', does: 'Append the word to the focused field' },
  { keys: 'Drag on the page', does: 'Put the words inside the rectangle into the focused field' },
  { keys: 'Click a field box', does: 'Focus that field (Alt+click takes the word under it)' },
  { keys: '? or F1', does: 'Show this list' },
]

/**
 * Window-level shortcuts of the review view. `dirty` means the focused input holds typing not yet
 * saved: Ctrl+Z then belongs to the input's own undo, not to the edit history.
 */
export function reviewCommandFor(
  e: KeyLike,
  context: { inTextField: boolean; dirty: boolean },
): ReviewCommand | null {
  const mod = e.ctrlKey || e.metaKey
  if (e.key === 'Enter' && mod) return 'confirm'
  if (e.key === 'Escape' && !mod && !e.shiftKey) return 'back'
  if (e.key === 'F1' || (e.key === '?' && !context.inTextField && !mod)) return 'help'
  if (!mod || e.altKey || context.dirty) return null
  const key = e.key.toLowerCase()
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !e.shiftKey) return 'redo'
  return null
}

export type FieldKeyCommand = 'commit' | 'next' | 'previous'

/** Keys a field input handles itself. */
export function fieldKeyCommand(e: KeyLike): FieldKeyCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  if (e.key === 'Enter' && !e.shiftKey) return 'commit'
  if (e.key === 'Tab') return e.shiftKey ? 'previous' : 'next'
  return null
}

export interface Caret {
  start: number
  end: number
  length: number
}

/**
 * Arrow keys in the line item grid: up and down always change row; left and right leave the cell
 * only from the edge of its text (or when all of it is selected, as after focusing), so moving
 * the caret inside a value still works.
 */
export function gridMove(e: KeyLike, caret: Caret): { rows: number; cols: number } | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return null
  const all = caret.start === 0 && caret.end === caret.length
  if (e.key === 'ArrowUp') return { rows: -1, cols: 0 }
  if (e.key === 'ArrowDown') return { rows: 1, cols: 0 }
  if (e.key === 'ArrowLeft' && (all || (caret.start === 0 && caret.end === 0))) {
    return { rows: 0, cols: -1 }
  }
  if (e.key === 'ArrowRight' && (all || caret.start === caret.length)) return { rows: 0, cols: 1 }
  return null
}

export type Tone = 'ok' | 'warn' | 'bad'

/**
 * Colour of a field: green at or above its threshold; amber below it; red when far below (more
 * than a quarter under) or missing. A field flagged by a failed check is at least amber.
 */
export function confidenceTone(
  confidence: number | null,
  threshold: number,
  flagged: boolean,
): Tone {
  if (confidence === null || confidence < threshold - 0.25) return 'bad'
  if (confidence < threshold || flagged) return 'warn'
  return 'ok'
}
