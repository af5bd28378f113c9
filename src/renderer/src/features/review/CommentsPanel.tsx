import { useState } from 'react'
import { useRecto } from '../../store'

export function CommentsPanel() {
  const comments = useRecto((s) => s.detail?.comments)
  const rejectReason = useRecto((s) => s.detail?.rejectReason ?? null)
  const addComment = useRecto((s) => s.addComment)
  const [text, setText] = useState('')

  const submit = () => {
    const trimmed = text.trim()
    if (trimmed) void addComment(trimmed).then((ok) => ok && setText(''))
  }

  return (
    <section className="comments" aria-labelledby="comments-title" data-testid="comments">
      <h3 id="comments-title">Comments</h3>
      {rejectReason && (
        <p className="reject-reason" data-testid="reject-reason-shown">
          Rejected: {rejectReason}
        </p>
      )}
      <ul className="comment-list">
        {comments?.map((c, i) => (
          <li key={`${c.at}-${i}`} data-testid="comment">
            <span className="muted">
              {c.user} · {new Date(c.at).toLocaleString()}
            </span>
            <p>{c.text}</p>
          </li>
        ))}
      </ul>
      <label className="stack">
        Comment
        <textarea
          rows={2}
          maxLength={4000}
          data-testid="comment-input"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Ctrl+Enter here posts the comment rather than confirming the document.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault()
              submit()
            }
          }}
        />
      </label>
      <button type="button" data-testid="comment-submit" disabled={!text.trim()} onClick={submit}>
        Add comment
      </button>
    </section>
  )
}
