import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { HEADER_FIELD_LABEL } from '../../../../../shared/fields'
import type { HeaderFieldKey } from '../../../../../shared/fields'
import { formatPercent } from '../../../lib/format'
import { useRecto } from '../../../store'
import { failedCheckMessages } from './formModel'
import { useFieldBinding } from './useFieldBinding'

export function FieldInput({ fieldKey }: { fieldKey: HeaderFieldKey }) {
  const ref = useMemo(() => ({ key: fieldKey, line: 0 }), [fieldKey])
  const { state, dirty, flagged, focused, tone, inputProps } = useFieldBinding(ref)
  const failures = useRecto(useShallow((s) => (s.detail ? failedCheckMessages(s.detail, ref) : [])))
  const inputId = `field-input-${fieldKey}`
  const notesId = `field-notes-${fieldKey}`
  const showRaw = state !== null && state.raw !== '' && state.raw !== state.value

  return (
    <div
      className={`form-field tone-${tone}${flagged ? ' flagged' : ''}${focused ? ' focused' : ''}`}
      data-testid={`form-field-${fieldKey}`}
      data-flagged={flagged}
      data-tone={tone}
    >
      <label htmlFor={inputId}>{HEADER_FIELD_LABEL[fieldKey]}</label>
      <input
        id={inputId}
        type="text"
        data-testid={`field-${fieldKey}`}
        aria-describedby={notesId}
        aria-invalid={failures.length > 0 || undefined}
        {...inputProps}
      />
      <div className="field-notes" id={notesId}>
        <span className="confidence" data-testid={`confidence-${fieldKey}`}>
          {state ? formatPercent(state.confidence) : 'missing'}
        </span>
        {flagged && <span className="needs-review">needs review</span>}
        {showRaw && (
          <span className="raw" data-testid={`raw-${fieldKey}`} title="Text as printed on the page">
            on page: {state.raw}
          </span>
        )}
        {dirty && <span className="unsaved">not saved · Enter saves</span>}
        {failures.map((message) => (
          <span key={message} className="check-failure" data-testid="check-failure">
            {message}
          </span>
        ))}
      </div>
    </div>
  )
}
