import { useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { HEADER_FIELD_GROUPS } from '../../../../../shared/fields'
import { useRecto } from '../../../store'
import { focusFieldElement } from '../focusField'
import { FieldInput } from './FieldInput'
import { generalCheckFailures } from './formModel'

/** The header fields, grouped as a clerk reads an invoice. */
export function FieldForm() {
  const failures = useRecto(useShallow((s) => (s.detail ? generalCheckFailures(s.detail) : [])))
  const focusRequest = useRecto((s) => s.focusRequest)

  // The store decides where focus goes next (Enter, undo, a click on a box); the DOM follows.
  useEffect(() => {
    if (focusRequest) focusFieldElement(focusRequest.ref)
  }, [focusRequest])

  return (
    <section className="field-form" aria-label="Invoice fields" data-testid="field-form">
      {failures.length > 0 && (
        <ul className="check-summary" aria-label="Failed checks">
          {failures.map((message) => (
            <li key={message} className="check-failure" data-testid="check-failure">
              {message}
            </li>
          ))}
        </ul>
      )}
      {HEADER_FIELD_GROUPS.map((group) => (
        <fieldset key={group.title} className="field-group">
          <legend>{group.title}</legend>
          {group.keys.map((key) => (
            <FieldInput key={key} fieldKey={key} />
          ))}
        </fieldset>
      ))}
    </section>
  )
}
