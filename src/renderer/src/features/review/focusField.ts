import { fieldId } from '../../lib/fieldRef'
import type { FieldRef } from '../../lib/fieldRef'

/** Moves DOM focus to a field's input (header field or grid cell); false if it is not rendered. */
export function focusFieldElement(ref: FieldRef): boolean {
  const input = document.querySelector<HTMLElement>(`[data-field-ref="${fieldId(ref)}"]`)
  input?.focus()
  return input !== null
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'password', 'number', 'email', 'url', 'tel'])

/** Whether keys typed into this element are text (so `?` is a character, not a shortcut). */
export function isTextEntry(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return true
  return element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.type)
}
