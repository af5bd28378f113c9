import { useRecto } from '../../store'
import { ImportButton } from './ImportButton'
import { QUEUE_SORTS, SORT_LABEL } from './queueModel'
import type { QueueSort } from './queueModel'
import { StatusFilter } from './StatusFilter'

export function QueueToolbar() {
  const search = useRecto((s) => s.search)
  const sort = useRecto((s) => s.sort)
  const setSearch = useRecto((s) => s.setSearch)
  const setSort = useRecto((s) => s.setSort)

  return (
    <div className="queue-toolbar">
      <div className="queue-toolbar-row">
        <ImportButton />
        <input
          type="search"
          className="queue-search"
          placeholder="Search file, supplier, invoice number…"
          aria-label="Search documents"
          data-testid="queue-search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <label className="inline-label">
          Sort
          <select
            data-testid="queue-sort"
            value={sort}
            onChange={(e) => setSort(e.currentTarget.value as QueueSort)}
          >
            {QUEUE_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <StatusFilter />
    </div>
  )
}
