import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { DocumentSummary } from '../../../../shared/documents'
import { useRecto } from '../../store'
import { isReviewable, needsPassword, sortDocuments } from './queueModel'
import { QueueRow } from './QueueRow'
import { RetryDialog } from './RetryDialog'

const ROW_HEIGHT = 52
const HEADER_HEIGHT = 36
const PAGE_STEP = 10
const COLUMNS = ['Status', 'File', 'Supplier', 'Invoice no.', 'Total', 'To check', 'Age', '']

/**
 * The queue as an ARIA grid with one tab stop: arrows move between rows, Enter opens one. Only
 * the rows in view exist in the DOM, so moving focus first scrolls the target row into being.
 */
export function QueueList() {
  const documents = useRecto((s) => s.documents)
  const sort = useRecto((s) => s.sort)
  const lastOpenedId = useRecto((s) => s.lastOpenedId)
  const openDocument = useRecto((s) => s.openDocument)
  const retryDocument = useRecto((s) => s.retryDocument)
  const showNotice = useRecto((s) => s.showNotice)
  const rows = useMemo(() => sortDocuments(documents, sort), [documents, sort])
  const now = useRecto((s) => s.listedAt)

  const scrollRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const [passwordFor, setPasswordFor] = useState<DocumentSummary | null>(null)
  const focusPending = useRef(false)
  const restored = useRef(false)
  const activeIndex = Math.max(0, Math.min(active, rows.length - 1))

  // The app is not built with the React Compiler, so nothing memoises across this hook's result.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
  })

  const moveTo = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(index, rows.length - 1))
      setActive(next)
      focusPending.current = true
      virtualizer.scrollToIndex(next, { align: 'auto' })
    },
    [rows.length, virtualizer],
  )

  // Back from a review, the row that was open gets focus again, so the keyboard carries on.
  useEffect(() => {
    if (restored.current || rows.length === 0) return
    restored.current = true
    const index = rows.findIndex((d) => d.id === lastOpenedId)
    if (index >= 0) moveTo(index)
  }, [rows, lastOpenedId, moveTo])

  // Runs after each render: the row to focus may only now have been rendered.
  useEffect(() => {
    if (!focusPending.current) return
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)
    if (!row) return
    focusPending.current = false
    row.focus({ preventScroll: true })
  })

  const open = useCallback(
    (doc: DocumentSummary) => {
      if (isReviewable(doc.status)) void openDocument(doc.id)
      else if (doc.status === 'failed') showNotice('info', doc.error ?? 'Processing failed.')
      else showNotice('info', `${doc.fileName} is still being processed.`)
    },
    [openDocument, showNotice],
  )
  const retry = useCallback(
    (doc: DocumentSummary) => {
      if (needsPassword(doc)) setPasswordFor(doc)
      else void retryDocument(doc.id)
    },
    [retryDocument],
  )

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const onRow = (e.target as HTMLElement).dataset.index !== undefined
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: PAGE_STEP,
      PageUp: -PAGE_STEP,
    }
    if (e.key in step) moveTo(activeIndex + (step[e.key] ?? 0))
    else if (e.key === 'Home') moveTo(0)
    else if (e.key === 'End') moveTo(rows.length - 1)
    else if (e.key === 'Enter' && onRow && rows[activeIndex]) open(rows[activeIndex])
    else return
    e.preventDefault()
  }

  return (
    <div
      ref={scrollRef}
      className="queue-scroll"
      role="grid"
      aria-label="Documents"
      aria-rowcount={rows.length + 1}
      data-testid="queue-list"
      data-count={rows.length}
      onKeyDown={onKeyDown}
    >
      <div
        role="row"
        aria-rowindex={1}
        className="queue-row queue-head"
        style={{ height: HEADER_HEIGHT }}
      >
        {COLUMNS.map((h, i) => (
          <div role="columnheader" key={i}>
            {h}
          </div>
        ))}
      </div>
      <div role="rowgroup" className="queue-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const doc = rows[item.index]
          if (!doc) return null
          return (
            <QueueRow
              key={item.key}
              doc={doc}
              index={item.index}
              active={item.index === activeIndex}
              now={now}
              offset={item.start - HEADER_HEIGHT}
              height={ROW_HEIGHT}
              onOpen={open}
              onRetry={retry}
              onFocusRow={setActive}
            />
          )
        })}
      </div>
      <RetryDialog doc={passwordFor} onClose={() => setPasswordFor(null)} />
    </div>
  )
}
