import { useRecto } from '../store'

/** The last error or message; errors are announced at once, messages politely. */
export function NoticeBar() {
  const notice = useRecto((s) => s.notice)
  const dismiss = useRecto((s) => s.dismissNotice)
  if (!notice) return null
  return (
    <div
      className={`notice notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="notice"
      data-tone={notice.tone}
    >
      <span>{notice.text}</span>
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={dismiss}>
        ×
      </button>
    </div>
  )
}
