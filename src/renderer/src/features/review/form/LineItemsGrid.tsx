import { useMemo } from 'react'
import type { KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { LINE_ITEM_KEYS, LINE_ITEM_LABEL } from '../../../../../shared/fields'
import type { LineItemKey } from '../../../../../shared/fields'
import { formatPercent } from '../../../lib/format'
import { useRecto } from '../../../store'
import { focusFieldElement } from '../focusField'
import { gridMove } from '../keyboard'
import { gridTarget } from './navigation'
import { useFieldBinding } from './useFieldBinding'

export function LineItemsGrid() {
  const lines = useRecto(
    useShallow((s) => (s.detail?.lineItems ?? []).map((i) => i.line).sort((a, b) => a - b)),
  )
  const addLine = useRecto((s) => s.addLine)

  return (
    <section className="line-items" aria-labelledby="line-items-title" data-testid="line-items">
      <h3 id="line-items-title">Line items</h3>
      {lines.length > 0 && (
        <table className="line-grid">
          <thead>
            <tr>
              <th scope="col">#</th>
              {LINE_ITEM_KEYS.map((key) => (
                <th key={key} scope="col">
                  {LINE_ITEM_LABEL[key]}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <LineItemRow key={line} line={line} lines={lines} />
            ))}
          </tbody>
        </table>
      )}
      <button type="button" data-testid="add-line" onClick={() => void addLine()}>
        Add line
      </button>
    </section>
  )
}

function LineItemRow({ line, lines }: { line: number; lines: readonly number[] }) {
  const deleteLine = useRecto((s) => s.deleteLine)
  return (
    <tr data-testid="line-item-row" data-line={line}>
      <th scope="row">{line}</th>
      {LINE_ITEM_KEYS.map((key) => (
        <td key={key}>
          <LineCell line={line} cellKey={key} lines={lines} />
        </td>
      ))}
      <td>
        <button
          type="button"
          className="icon-button"
          data-testid="delete-line"
          aria-label={`Delete line ${line}`}
          onClick={() => void deleteLine(line)}
        >
          ×
        </button>
      </td>
    </tr>
  )
}

interface LineCellProps {
  line: number
  cellKey: LineItemKey
  lines: readonly number[]
}

function LineCell({ line, cellKey, lines }: LineCellProps) {
  const ref = useMemo(() => ({ key: cellKey, line }), [cellKey, line])
  const { state, flagged, focused, tone, inputProps } = useFieldBinding(ref)

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget
    const move = gridMove(e, {
      start: input.selectionStart ?? 0,
      end: input.selectionEnd ?? 0,
      length: input.value.length,
    })
    const target = move && gridTarget(lines, ref, move)
    if (target) {
      e.preventDefault()
      focusFieldElement(target)
    } else if (!move) {
      inputProps.onKeyDown(e)
    }
  }

  return (
    <input
      type="text"
      className={`cell tone-${tone}${flagged ? ' flagged' : ''}${focused ? ' focused' : ''}`}
      data-testid={`line-cell-${cellKey}`}
      data-line={line}
      data-flagged={flagged}
      aria-label={`${LINE_ITEM_LABEL[cellKey]}, line ${line}`}
      title={state ? `Confidence ${formatPercent(state.confidence)}` : undefined}
      {...inputProps}
      onKeyDown={onKeyDown}
    />
  )
}
