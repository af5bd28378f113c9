import { describe, expect, it } from 'vitest'
import { changeText, EMPTY_AUDIT_FILTER, fieldLabel, localTime, rangeRequest, toAuditRequest } from './auditModel'

describe('the edit log filters', () => {
  it('turns local days into instants that include both days', () => {
    expect(rangeRequest('2025-03-01', '2025-03-31')).toEqual({
      from: new Date(2025, 2, 1).toISOString(),
      to: new Date(2025, 3, 1).toISOString(),
    })
    expect(rangeRequest('', '')).toEqual({})
    expect(rangeRequest('2025-3-1', '')).toBeNull()
  })

  it('sends only the filters that are set', () => {
    expect(toAuditRequest(EMPTY_AUDIT_FILTER)).toEqual({})
    expect(toAuditRequest({ ...EMPTY_AUDIT_FILTER, user: ' anna ', action: 'confirm', search: 'x' })).toEqual({
      user: 'anna',
      action: 'confirm',
      search: 'x',
    })
    expect(toAuditRequest({ ...EMPTY_AUDIT_FILTER, from: 'nope' })).toBeNull()
  })
})

describe('edit rows as text', () => {
  it('names the field and its line', () => {
    expect(fieldLabel({ fieldKey: 'total_amount', line: 0 })).toBe('total_amount')
    expect(fieldLabel({ fieldKey: 'amount', line: 2 })).toBe('amount (line 2)')
    expect(fieldLabel({ fieldKey: null, line: 3 })).toBe('line 3')
    expect(fieldLabel({ fieldKey: null, line: null })).toBe('')
  })

  it('shows old → new, comments, and the four-eyes stages', () => {
    expect(changeText({ action: 'correct', oldValue: null, newValue: '2.00' })).toBe('∅ → 2.00')
    expect(changeText({ action: 'comment', oldValue: null, newValue: 'phoned' })).toBe('phoned')
    expect(changeText({ action: 'confirm', oldValue: null, newValue: 'second_stage' })).toBe('handed to a reviewer')
    expect(changeText({ action: 'confirm', oldValue: 'second_stage', newValue: null })).toBe('second confirmation')
    expect(changeText({ action: 'confirm', oldValue: null, newValue: null })).toBe('')
    expect(changeText({ action: 'reopen', oldValue: 'auto_approved', newValue: null })).toBe('was auto approved')
  })

  it('shows UTC times in local time', () => {
    const local = new Date(2025, 0, 2, 3, 4, 5)
    expect(localTime(local.toISOString())).toBe('2025-01-02 03:04:05')
    expect(localTime('garbage')).toBe('garbage')
  })
})
