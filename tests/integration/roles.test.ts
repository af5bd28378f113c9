import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRecto } from '../../src/main/services/createRecto'
import type { Recto } from '../../src/main/services/createRecto'

const sample = path.resolve(import.meta.dirname, '../../resources/samples/01-kranichsteg-feinmechanik.pdf')
let recto: Recto
let documentId: number

beforeAll(async () => {
  recto = createRecto({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'recto-roles-')) })
  const { added } = await recto.handlers.importPaths({ paths: [sample] })
  documentId = added[0]!.id
  await recto.queue.idle()
})
afterAll(() => recto.close())

const as = (name: string) => recto.handlers.switchProfile({ name })
const status = () => recto.handlers.getDocument({ documentId }).document
const confirm = () => recto.handlers.confirmDocument({ documentId })

describe('profiles, four eyes and reopen, over the real services', () => {
  it("starts with the settings' user as the one supervisor, who hands out roles", () => {
    expect(recto.handlers.listProfiles().current).toEqual({ name: 'clerk', role: 'supervisor', registered: true })
    recto.handlers.saveProfile({ name: 'ann', role: 'clerk' })
    recto.handlers.saveProfile({ name: 'rita', role: 'reviewer' })
    const info = recto.handlers.saveProfile({ name: 'sam', role: 'supervisor' })
    expect(info.profiles.map((p) => [p.name, p.role])).toEqual([
      ['ann', 'clerk'], ['clerk', 'supervisor'], ['rita', 'reviewer'], ['sam', 'supervisor'],
    ])
    as('ann')
    expect(() => recto.handlers.saveProfile({ name: 'ann', role: 'supervisor' })).toThrow(/Only a supervisor/)
    expect(() => as('nobody')).toThrow(/no profile named nobody/)
    expect(recto.handlers.getSettings().userName).toBe('ann')
  })

  it('leaves confirmation as it was while the rule is off', () => {
    expect(recto.handlers.getSettings().fourEyes?.enabled ?? false).toBe(false)
    expect(status()).toMatchObject({ status: 'to_review', reviewStage: 'first' })
  })

  it('hands a confirmed document to a reviewer, who must be somebody else', () => {
    as('clerk')
    recto.handlers.updateSettings({ fourEyes: { enabled: true, amountOver: 500, sampleShare: 0 } })
    as('ann')
    recto.handlers.updateField({ documentId, key: 'invoice_id', line: 0, action: 'correct', value: 'RE-2025-0412' })
    confirm()
    expect(status()).toMatchObject({ status: 'to_review', reviewStage: 'second' })
    expect(recto.handlers.listDocuments({ status: ['to_review'] })[0]?.reviewStage).toBe('second')
    // the clerk can neither confirm again nor change the handed-over document
    expect(confirm).toThrow(/awaiting a reviewer/)
    expect(() => recto.handlers.updateField({ documentId, key: 'invoice_id', line: 0, action: 'accept' }))
      .toThrow(/awaiting a reviewer/)

    as('rita')
    confirm()
    expect(status()).toMatchObject({ status: 'validated', reviewStage: 'first' })
    const confirms = recto.handlers.listEdits({ documentId, action: 'confirm' })
    expect(confirms.map((e) => [e.user, e.oldValue, e.newValue])).toEqual([
      ['ann', null, 'second_stage'],
      ['rita', 'second_stage', null],
    ])
  })

  it('lets only a supervisor reopen', () => {
    for (const name of ['ann', 'rita']) {
      as(name)
      expect(() => recto.handlers.reopenDocument({ documentId })).toThrow(/Only a supervisor can reopen/)
    }
    as('sam')
    expect(recto.handlers.reopenDocument({ documentId }).document).toMatchObject({ status: 'to_review', reviewStage: 'first' })
  })

  it('refuses the second confirmation from the person who gave the first', () => {
    as('rita')
    confirm()
    expect(status().reviewStage).toBe('second')
    expect(confirm).toThrow(/different reviewer/)
    as('sam')
    confirm()
    expect(status().status).toBe('validated')
  })

  it('selects by sample share, deterministically by hash, and not below the amount', () => {
    as('sam')
    recto.handlers.reopenDocument({ documentId })
    recto.handlers.updateSettings({ fourEyes: { enabled: true, amountOver: 5000, sampleShare: 0 } })
    as('ann')
    confirm()
    expect(status().status).toBe('validated')
    as('sam')
    recto.handlers.reopenDocument({ documentId })
    recto.handlers.updateSettings({ fourEyes: { enabled: true, amountOver: null, sampleShare: 1 } })
    as('ann')
    confirm()
    expect(status().reviewStage).toBe('second')
    as('rita')
    confirm()
    as('sam')
    recto.handlers.updateSettings({ fourEyes: { enabled: false, amountOver: null, sampleShare: 0 } })
  })

  it('filters the edit log by user, action, dates and document or supplier', () => {
    const all = recto.handlers.listAudit({})
    expect(all.total).toBe(all.entries.length)
    expect(all.entries[0]!.id).toBeGreaterThan(all.entries.at(-1)!.id)
    expect(all.entries[0]).toMatchObject({ fileName: '01-kranichsteg-feinmechanik.pdf', supplierName: expect.stringMatching(/Kranichsteg/) })

    const rita = recto.handlers.listAudit({ user: 'rita' })
    expect(rita.total).toBeGreaterThan(0)
    expect(rita.entries.every((e) => e.user === 'rita')).toBe(true)
    const reopens = recto.handlers.listAudit({ action: 'reopen' })
    expect(reopens.entries.map((e) => e.user)).toEqual(['sam', 'sam', 'sam'])
    expect(recto.handlers.listAudit({ user: 'rita', action: 'confirm' }).total).toBe(3)

    const today = new Date().toISOString().slice(0, 10)
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
    expect(recto.handlers.listAudit({ from: today, to: today }).total).toBe(all.total)
    expect(recto.handlers.listAudit({ from: day(1) }).total).toBe(0)
    expect(recto.handlers.listAudit({ to: day(-1) }).total).toBe(0)
    expect(recto.handlers.listAudit({ from: new Date(Date.now() + 60_000).toISOString() }).total).toBe(0)

    expect(recto.handlers.listAudit({ search: 'kranichsteg' }).total).toBe(all.total)
    expect(recto.handlers.listAudit({ search: 'RE-2025-0412' }).total).toBe(all.total)
    expect(recto.handlers.listAudit({ search: String(documentId) }).total).toBe(all.total)
    expect(recto.handlers.listAudit({ search: 'no such supplier' }).total).toBe(0)
    expect(recto.handlers.listAudit({ documentId: documentId + 1 }).total).toBe(0)

    const page = recto.handlers.listAudit({ limit: 2, offset: 1 })
    expect(page.total).toBe(all.total)
    expect(page.entries.map((e) => e.id)).toEqual(all.entries.slice(1, 3).map((e) => e.id))
  })

  it('shows the metrics to supervisors only', () => {
    as('ann')
    expect(() => recto.handlers.getMetrics({})).toThrow(/Only a supervisor can see the metrics/)
    as('sam')
    const metrics = recto.handlers.getMetrics({})
    expect(metrics).toMatchObject({ decided: 1, autoApproved: 0, straightThroughRate: 0, confirmedDocuments: 1 })
    expect(metrics.corrections).toEqual([{ fieldKey: 'invoice_id', corrections: 1, documents: 1 }])
    expect(metrics.users.map((u) => [u.user, u.confirms, u.corrections])).toEqual([
      ['ann', 3, 1], ['rita', 3, 0], ['sam', 1, 0],
    ])
    expect(metrics.weeks).toHaveLength(1)
    expect(metrics.weeks[0]!.accuracy).toBeGreaterThan(0.5)
  })

  it('keeps the last supervisor a supervisor', () => {
    as('sam')
    recto.handlers.saveProfile({ name: 'clerk', role: 'clerk' })
    expect(() => recto.handlers.saveProfile({ name: 'sam', role: 'reviewer' })).toThrow(/only supervisor/)
  })
})
