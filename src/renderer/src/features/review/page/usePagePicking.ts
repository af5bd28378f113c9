import { useRef, useState } from 'react'
import type { PointerEvent } from 'react'
import type { BBox } from '../../../../../shared/fields'
import type { Word } from '../../../../../shared/words'
import { fieldId, parseFieldId } from '../../../lib/fieldRef'
import type { FieldRef } from '../../../lib/fieldRef'
import { useRecto } from '../../../store'
import { fieldStateOf } from '../form/formModel'
import { kindOf } from '../form/fieldMeta'
import { normaliseClickedText } from '../form/normaliseClickedText'
import { boxFromPoints, stagePointToPage } from './geometry'
import type { Point, Rotation, Size } from './geometry'
import { joinWords, unionBox, wordAt } from './selectWords'
import type { Selection } from './selectWords'

/** Pixels the pointer must travel before a press becomes a rectangle rather than a click. */
const DRAG_THRESHOLD = 4

type Target = { kind: 'word'; index: number } | { kind: 'box'; id: string } | { kind: 'page' }

interface Press {
  start: Point
  client: Point
  target: Target
  dragging: boolean
}

interface PageGeometry {
  page: number
  /** The unrotated page in CSS pixels. */
  size: Size
  rotation: Rotation
  scale: number
}

/**
 * Clicking and dragging on the page: a word fills the focused field, shift-click appends to it,
 * a rectangle takes every word inside, and a field's box focuses that field. Handled on the stage
 * rather than on each word, so a drag can start anywhere and one handler sees the whole gesture.
 */
export function usePagePicking({ page, size, rotation, scale }: PageGeometry) {
  const press = useRef<Press | null>(null)
  const lastPick = useRef<{ id: string; page: number; selection: Selection } | null>(null)
  const [dragBox, setDragBox] = useState<BBox | null>(null)

  const toPage = (e: PointerEvent<HTMLElement>): Point => {
    const r = e.currentTarget.getBoundingClientRect()
    return stagePointToPage({ x: e.clientX - r.left, y: e.clientY - r.top }, size, rotation, scale)
  }

  /**
   * Fills a field from the page. A fresh pick then moves on to the next flagged field, so a clerk
   * fixes each field with one click; shift-click keeps adding to the field just filled.
   */
  const fill = (ref: FieldRef, selection: Selection, advance: boolean) => {
    const { fillField, requestFocus } = useRecto.getState()
    const value = normaliseClickedText(selection.text, kindOf(ref))
    lastPick.current = { id: fieldId(ref), page, selection }
    requestFocus(ref)
    void fillField(ref, { value, raw: selection.text, page, bbox: selection.bbox }).then((ok) => {
      if (ok && advance) useRecto.getState().advanceFrom(ref)
    })
  }

  const focusedOrHint = (): FieldRef | null => {
    const { focused, showNotice } = useRecto.getState()
    if (!focused) showNotice('info', 'Select a field first, then click the words for it.')
    return focused
  }

  const pickWord = (word: Word, append: boolean) => {
    const last = lastPick.current
    const ref = append && last?.page === page ? parseFieldId(last.id) : focusedOrHint()
    if (!ref) return
    const base = append ? appendBase(ref) : null
    const text = base ? `${base.text} ${word.text}` : word.text
    fill(ref, { text, bbox: base ? unionBox(base.bbox, word.bbox) : word.bbox }, !append)
  }

  /** What shift-click appends to: the words picked so far, else the field's current value. */
  const appendBase = (ref: FieldRef): Selection | null => {
    const last = lastPick.current
    if (last && last.id === fieldId(ref) && last.page === page) return last.selection
    const { detail, drafts } = useRecto.getState()
    const state = fieldStateOf(detail, ref)
    const text = drafts[fieldId(ref)]?.text ?? (state?.raw || state?.value)
    if (!text || !state?.bbox || state.page !== page) return null
    return { text, bbox: state.bbox }
  }

  const pickRegion = async (bbox: BBox) => {
    const ref = focusedOrHint()
    if (!ref) return
    const selection = joinWords(await useRecto.getState().readRegion(page, bbox))
    if (selection) fill(ref, selection, true)
    else useRecto.getState().showNotice('info', 'No text found inside the rectangle.')
  }

  const click = (target: Target, point: Point, shift: boolean, alt: boolean) => {
    const { words, requestFocus } = useRecto.getState()
    const pageWords = words[page] ?? []
    if (target.kind === 'word') {
      const word = pageWords[target.index]
      if (word) pickWord(word, shift)
    } else if (target.kind === 'box') {
      // Alt+click reaches the word under another field's box.
      const word = alt ? wordAt(pageWords, point) : null
      const box = parseFieldId(target.id)
      if (word) pickWord(word, shift)
      else if (box) requestFocus(box)
    }
  }

  const handlers = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0) return
      e.currentTarget.setPointerCapture(e.pointerId)
      press.current = {
        start: toPage(e),
        client: { x: e.clientX, y: e.clientY },
        target: targetOf(e.target),
        dragging: false,
      }
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const p = press.current
      if (!p) return
      const moved = Math.hypot(e.clientX - p.client.x, e.clientY - p.client.y)
      if (!p.dragging && moved < DRAG_THRESHOLD) return
      p.dragging = true
      setDragBox(boxFromPoints(p.start, toPage(e)))
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      const p = press.current
      press.current = null
      setDragBox(null)
      if (!p) return
      if (p.dragging) void pickRegion(boxFromPoints(p.start, toPage(e)))
      else click(p.target, p.start, e.shiftKey, e.altKey)
    },
    onPointerCancel: () => {
      press.current = null
      setDragBox(null)
    },
  }

  return { handlers, dragBox }
}

function targetOf(element: EventTarget): Target {
  if (!(element instanceof Element)) return { kind: 'page' }
  const word = element.closest<HTMLElement>('[data-word-index]')
  if (word) return { kind: 'word', index: Number(word.dataset.wordIndex) }
  const box = element.closest<HTMLElement>('[data-box-ref]')
  if (box?.dataset.boxRef) return { kind: 'box', id: box.dataset.boxRef }
  return { kind: 'page' }
}
