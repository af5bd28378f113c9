import type { ChangeEvent, FocusEvent, KeyboardEvent } from 'react'
import { thresholdFor } from '../../../../../shared/settings'
import { fieldId } from '../../../lib/fieldRef'
import type { FieldRef } from '../../../lib/fieldRef'
import { useRecto } from '../../../store'
import { flaggedIdsOf, orderOf } from '../../../store/selectors'
import { focusFieldElement } from '../focusField'
import { confidenceTone, fieldKeyCommand } from '../keyboard'
import type { Tone } from '../keyboard'
import { fieldStateOf } from './formModel'
import { stepField } from './navigation'

/**
 * Everything an input of the review form needs: its value (unsaved typing first), how sure the
 * extractor was, and the handlers that make Enter, Tab, focus and blur behave the same in the
 * header form and in the line item grid.
 */
export function useFieldBinding(ref: FieldRef) {
  const id = fieldId(ref)
  const state = useRecto((s) => fieldStateOf(s.detail, ref))
  const draft = useRecto((s) => s.drafts[id]?.text)
  const flagged = useRecto((s) => (s.detail ? flaggedIdsOf(s.detail).has(id) : false))
  const focused = useRecto((s) => s.focused?.key === ref.key && s.focused.line === ref.line)
  const threshold = useRecto((s) => thresholdFor(s.settings, ref.key))
  const { setDraft, focusField, commitField } = useRecto.getState()

  const value = draft ?? state?.value ?? ''
  const dirty = draft !== undefined && draft !== (state?.value ?? '')
  // A field that is missing and that nothing asks for (no purchase order, say) is not an alarm.
  const tone: Tone | 'none' = state
    ? confidenceTone(state.confidence, threshold, flagged)
    : flagged
      ? 'bad'
      : 'none'

  const inputProps = {
    value,
    'data-field-ref': id,
    autoComplete: 'off',
    spellCheck: false,
    onChange: (e: ChangeEvent<HTMLInputElement>) => setDraft(ref, e.currentTarget.value),
    // Selecting everything lets the clerk type over a value without clearing it first.
    onFocus: (e: FocusEvent<HTMLInputElement>) => {
      e.currentTarget.select()
      focusField(ref)
    },
    onBlur: () => void commitField(ref, 'leave'),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => handleFieldKey(e, ref),
  }
  return { state, value, dirty, flagged, focused, tone, inputProps }
}

function handleFieldKey(e: KeyboardEvent<HTMLInputElement>, ref: FieldRef) {
  if (e.nativeEvent.isComposing) return
  const command = fieldKeyCommand(e)
  const { detail, settings, enterField } = useRecto.getState()
  if (!command || !detail) return
  if (command === 'commit') {
    e.preventDefault()
    void enterField(ref)
    return
  }
  // With "every field" the browser's own Tab order already visits each field, and also the
  // controls between them (a line's delete button), which a jump from field to field would skip.
  if (!settings.tabFlaggedOnly) return
  const stops = flaggedIdsOf(detail)
  const next = stepField(orderOf(detail), ref, command === 'next' ? 1 : -1, { stops, wrap: false })
  // Nowhere to go among the fields: the browser's Tab carries on to the rest of the controls.
  if (!next) return
  e.preventDefault()
  focusFieldElement(next)
}
