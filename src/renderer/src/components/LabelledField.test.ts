import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { LabelledField } from './LabelledField'

describe('LabelledField', () => {
  it('wraps the control in its label, text first, with the error inside', () => {
    const html = renderToStaticMarkup(
      h(LabelledField, { label: 'From', error: 'Not a date', children: h('input', { type: 'date' }) }),
    )
    expect(html).toBe(
      '<label class="inline-label"><span>From</span><input type="date"/><span class="field-error">Not a date</span></label>',
    )
  })

  it('puts a checkbox before its label and takes a form’s own layout class', () => {
    const check = h(LabelledField, { label: 'Overwrite', check: true, children: h('input', { type: 'checkbox' }) })
    expect(renderToStaticMarkup(check)).toBe('<label class="check"><input type="checkbox"/>Overwrite</label>')
    const row = h(LabelledField, { label: 'Format', className: 'export-row', children: h('select') })
    expect(renderToStaticMarkup(row)).toBe('<label class="export-row"><span>Format</span><select></select></label>')
  })

  it('shows no error element when there is no error', () => {
    const html = renderToStaticMarkup(h(LabelledField, { label: 'User', error: undefined, children: h('input') }))
    expect(html).not.toContain('field-error')
  })
})
