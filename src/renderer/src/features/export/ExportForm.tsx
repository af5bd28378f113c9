import { useState } from 'react'
import { EXPORT_FORMATS } from '../../../../shared/exports'
import type { ExportFormat } from '../../../../shared/exports'
import { LabelledField } from '../../components/LabelledField'
import { useRecto } from '../../store'
import { STATUS_LABEL } from '../queue/queueModel'
import { DEFAULT_EXPORT_FORM, EXPORT_STATUSES, FORMAT_LABEL, toExportRequest } from './exportForm'
import type { ExportFormErrors, ExportFormValues } from './exportForm'

const SPLIT_LABELS = ['Train', 'Validation', 'Test'] as const

export function ExportForm() {
  const startExport = useRecto((s) => s.startExport)
  const [values, setValues] = useState<ExportFormValues>(DEFAULT_EXPORT_FORM)
  const [errors, setErrors] = useState<ExportFormErrors>({})
  const update = (change: Partial<ExportFormValues>) => setValues({ ...values, ...change })
  const error = (key: keyof ExportFormErrors) =>
    errors[key] && <span className="field-error">{errors[key]}</span>

  return (
    <form
      className="export-form stack"
      data-testid="export-form"
      onSubmit={(e) => {
        e.preventDefault()
        const result = toExportRequest(values)
        if (!result.ok) return setErrors(result.errors)
        setErrors({})
        void startExport(result.request)
      }}
    >
      <LabelledField label="Format" className="export-row">
        <select
          data-testid="export-format"
          value={values.format}
          onChange={(e) => update({ format: e.currentTarget.value as ExportFormat })}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABEL[f]}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField label="Output folder" className="export-row" error={errors.outDir}>
        <input
          type="text"
          data-testid="export-out-dir"
          placeholder="/path/to/an/empty/folder"
          value={values.outDir}
          onChange={(e) => update({ outDir: e.currentTarget.value })}
        />
      </LabelledField>
      <fieldset className="export-row">
        <legend>Documents with status</legend>
        {EXPORT_STATUSES.map((status) => (
          <LabelledField key={status} label={STATUS_LABEL[status]} check>
            <input
              type="checkbox"
              data-testid={`export-status-${status}`}
              checked={values.statuses.includes(status)}
              onChange={(e) =>
                update({
                  statuses: e.currentTarget.checked
                    ? [...values.statuses, status]
                    : values.statuses.filter((s) => s !== status),
                })
              }
            />
          </LabelledField>
        ))}
        {error('statuses')}
      </fieldset>
      <fieldset className="export-row">
        <legend>Dates</legend>
        <select
          aria-label="Date of"
          data-testid="export-date-basis"
          value={values.dateBasis}
          onChange={(e) => update({ dateBasis: e.currentTarget.value as 'invoice' | 'import' })}
        >
          <option value="invoice">Invoice date</option>
          <option value="import">Import date</option>
        </select>
        <LabelledField label="from">
          <input
            type="date"
            data-testid="export-from"
            value={values.from}
            onChange={(e) => update({ from: e.currentTarget.value })}
          />
        </LabelledField>
        <LabelledField label="to">
          <input
            type="date"
            data-testid="export-to"
            value={values.to}
            onChange={(e) => update({ to: e.currentTarget.value })}
          />
        </LabelledField>
        {error('dates')}
      </fieldset>
      <LabelledField label="Supplier contains" className="export-row">
        <input
          type="text"
          data-testid="export-supplier"
          value={values.supplier}
          onChange={(e) => update({ supplier: e.currentTarget.value })}
        />
      </LabelledField>
      <fieldset className="export-row">
        <legend>Split (shares)</legend>
        {SPLIT_LABELS.map((label, i) => (
          <LabelledField key={label} label={label}>
            <input
              type="text"
              inputMode="decimal"
              className="export-short"
              data-testid={`export-split-${label.toLowerCase()}`}
              value={values.split[i]}
              onChange={(e) => {
                const split = [...values.split] as ExportFormValues['split']
                split[i] = e.currentTarget.value
                update({ split })
              }}
            />
          </LabelledField>
        ))}
        {error('split')}
      </fieldset>
      <fieldset className="export-row">
        <legend>Page images</legend>
        <select
          aria-label="Page images"
          data-testid="export-images"
          value={values.images}
          onChange={(e) => update({ images: e.currentTarget.value as ExportFormValues['images'] })}
        >
          <option value="auto">As the format needs</option>
          <option value="on">Always</option>
          <option value="off">Never</option>
        </select>
        <LabelledField label="at">
          <input
            type="text"
            inputMode="numeric"
            className="export-short"
            data-testid="export-dpi"
            value={values.dpi}
            onChange={(e) => update({ dpi: e.currentTarget.value })}
          />
          dpi
        </LabelledField>
        {error('dpi')}
      </fieldset>
      <LabelledField
        label="Drop personal data (receiver name and address, reviewer names, file names)"
        check
      >
        <input
          type="checkbox"
          data-testid="export-drop-personal"
          checked={values.dropPersonal}
          onChange={(e) => update({ dropPersonal: e.currentTarget.checked })}
        />
      </LabelledField>
      <LabelledField label="Overwrite a folder that is not empty" check>
        <input
          type="checkbox"
          data-testid="export-force"
          checked={values.force}
          onChange={(e) => update({ force: e.currentTarget.checked })}
        />
      </LabelledField>
      <div className="button-row">
        <button type="submit" className="primary" data-testid="export-start">
          Export
        </button>
      </div>
    </form>
  )
}
