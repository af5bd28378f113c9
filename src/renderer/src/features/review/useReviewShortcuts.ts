import { useEffect } from 'react'
import { useRecto } from '../../store'
import { fieldStateOf } from './form/formModel'
import { isTextEntry } from './focusField'
import { reviewCommandFor } from './keyboard'

/** Document-wide keys of the review view; field keys are handled by the inputs themselves. */
export function useReviewShortcuts() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      // Open dialogs own their keys (Escape closes them, not the review).
      if (e.defaultPrevented || e.isComposing || document.querySelector('dialog[open]')) return
      const target = e.target instanceof HTMLElement ? e.target : null
      const inTextField = isTextEntry(target)
      const state = useRecto.getState()
      const draft = target?.dataset.fieldRef ? state.drafts[target.dataset.fieldRef] : undefined
      // Typing not yet saved, or text outside the form, keeps the browser's own Ctrl+Z.
      const dirty = draft
        ? draft.text !== (fieldStateOf(state.detail, draft.ref)?.value ?? '')
        : inTextField && !target?.dataset.fieldRef
      const command = reviewCommandFor(e, { inTextField, dirty })
      if (!command) return
      e.preventDefault()
      // Escape in a free-text box leaves the box first, so a half-written comment is not lost.
      if (command === 'back' && target instanceof HTMLTextAreaElement) return target.blur()
      if (command === 'confirm') void state.confirm()
      if (command === 'back') void state.closeReview()
      if (command === 'undo') void state.undo()
      if (command === 'redo') void state.redo()
      if (command === 'help') state.setShortcutsOpen(true)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
