import { useEffect, useMemo, useRef } from 'react'
import { thresholdFor } from '../../../../../shared/settings'
import { fieldId, sameField } from '../../../lib/fieldRef'
import { formatPercent } from '../../../lib/format'
import { useRecto } from '../../../store'
import { flaggedIdsOf } from '../../../store/selectors'
import { labelOf } from '../form/fieldMeta'
import { boxedFieldsOnPage } from '../form/formModel'
import { confidenceTone } from '../keyboard'
import { scaleBox } from './geometry'

/**
 * Where each extracted value sits, coloured by confidence. The focused field's box lets clicks
 * through to the words under it (to re-pick part of the value); the other boxes take the click
 * and focus their field.
 */
export function FieldBoxes({ page, scale }: { page: number; scale: number }) {
  const detail = useRecto((s) => s.detail)
  const focused = useRecto((s) => s.focused)
  const settings = useRecto((s) => s.settings)
  const fields = useMemo(() => (detail ? boxedFieldsOnPage(detail, page) : []), [detail, page])
  const focusedBox = useRef<HTMLDivElement>(null)

  useEffect(() => {
    focusedBox.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [focused, page, scale])

  if (!detail) return null
  const flagged = flaggedIdsOf(detail)
  return (
    <div className="boxes-layer" aria-hidden="true">
      {fields.map((field) => {
        const id = fieldId(field)
        const isFocused = sameField(focused, field)
        const threshold = thresholdFor(settings, field.key)
        const tone = confidenceTone(field.confidence, threshold, flagged.has(id))
        const r = field.bbox ? scaleBox(field.bbox, scale) : null
        if (!r) return null
        return (
          <div
            key={id}
            ref={isFocused ? focusedBox : undefined}
            className={`field-box tone-${tone}${isFocused ? ' focused' : ''}`}
            data-testid="field-box"
            data-field-key={field.key}
            data-line={field.line}
            data-box-ref={id}
            data-focused={isFocused}
            data-label={labelOf(field)}
            title={`${labelOf(field)} · ${formatPercent(field.confidence)}`}
            style={{ left: r.left, top: r.top, width: r.width, height: r.height }}
          />
        )
      })}
    </div>
  )
}
