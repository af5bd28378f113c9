import { useState } from 'react'
import type { ReactNode } from 'react'
import { HEADER_FIELD_KEYS, HEADER_FIELD_LABEL } from '../../../../shared/fields'
import { OCR_LANGUAGES } from '../../../../shared/settings'
import { LabelledField } from '../../components/LabelledField'
import { useRecto } from '../../store'
import { fromFormValues, OCR_LANGUAGE_LABEL, toFormValues } from './settingsForm'
import type { SettingsFormErrors, SettingsFormValues } from './settingsForm'

type TextSetting =
  | 'reviewThreshold'
  | 'userName'
  | 'maxFileMegabytes'
  | 'maxPages'
  | 'maxImageMegapixels'

export function SettingsForm({ onDone }: { onDone: () => void }) {
  const settings = useRecto((s) => s.settings)
  const saveSettings = useRecto((s) => s.saveSettings)
  const [values, setValues] = useState(() => toFormValues(settings))
  const [errors, setErrors] = useState<SettingsFormErrors>({})
  const [saving, setSaving] = useState(false)
  const update = (change: Partial<SettingsFormValues>) => setValues({ ...values, ...change })

  const text = (name: TextSetting, label: string, props: { suffix?: string } = {}) => (
    <Field label={label} error={errors[name]} suffix={props.suffix}>
      <input
        type="text"
        inputMode={name === 'userName' ? 'text' : 'decimal'}
        data-testid={`setting-${name}`}
        value={values[name]}
        onChange={(e) => update({ [name]: e.currentTarget.value })}
      />
    </Field>
  )
  const check = (name: 'autoApprove' | 'tabFlaggedOnly' | 'detectLanguage', label: string) => (
    <LabelledField label={label} check>
      <input
        type="checkbox"
        data-testid={`setting-${name}`}
        checked={values[name]}
        onChange={(e) => update({ [name]: e.currentTarget.checked })}
      />
    </LabelledField>
  )

  return (
    <form
      className="settings-form stack"
      data-testid="settings-form"
      onSubmit={(e) => {
        e.preventDefault()
        const result = fromFormValues(values)
        if (!result.ok) return setErrors(result.errors)
        setErrors({})
        setSaving(true)
        void saveSettings(result.settings).then((ok) => (ok ? onDone() : setSaving(false)))
      }}
    >
      <fieldset>
        <legend>Review</legend>
        {text('reviewThreshold', 'Flag fields below this confidence', { suffix: '%' })}
        {check('tabFlaggedOnly', 'Tab visits only the flagged fields')}
        {check('autoApprove', 'Approve documents with nothing flagged and every check passed')}
        <details>
          <summary>Thresholds per field (empty: use the one above)</summary>
          <div className="threshold-grid">
            {HEADER_FIELD_KEYS.map((key) => (
              <Field key={key} label={HEADER_FIELD_LABEL[key]} error={errors[key]} suffix="%">
                <input
                  type="text"
                  inputMode="decimal"
                  data-testid={`setting-threshold-${key}`}
                  value={values.fieldThresholds[key]}
                  onChange={(e) =>
                    update({
                      fieldThresholds: { ...values.fieldThresholds, [key]: e.currentTarget.value },
                    })
                  }
                />
              </Field>
            ))}
          </div>
        </details>
      </fieldset>
      <fieldset>
        <legend>You</legend>
        {text('userName', 'User name (written into every edit)')}
      </fieldset>
      <fieldset>
        <legend>Text recognition languages</legend>
        {check('detectLanguage', 'Detect each document’s language (English, German or French) and read its scans in it')}
        <p className="muted">With detection on, the languages ticked below read the first page.</p>
        {OCR_LANGUAGES.map((lang) => (
          <LabelledField key={lang} label={OCR_LANGUAGE_LABEL[lang]} check>
            <input
              type="checkbox"
              data-testid={`setting-ocr-${lang}`}
              checked={values.ocrLanguages.includes(lang)}
              onChange={(e) =>
                update({
                  ocrLanguages: e.currentTarget.checked
                    ? [...values.ocrLanguages, lang]
                    : values.ocrLanguages.filter((l) => l !== lang),
                })
              }
            />
          </LabelledField>
        ))}
        {errors.ocrLanguages && <p className="field-error">{errors.ocrLanguages}</p>}
      </fieldset>
      <fieldset>
        <legend>Limits</legend>
        {text('maxFileMegabytes', 'Largest file', { suffix: 'MB' })}
        {text('maxPages', 'Most pages per document')}
        {text('maxImageMegapixels', 'Largest image', { suffix: 'megapixels' })}
      </fieldset>
      <div className="button-row">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" data-testid="settings-save" disabled={saving}>
          Save
        </button>
      </div>
    </form>
  )
}

interface FieldProps {
  label: string
  error: string | undefined
  suffix?: string | undefined
  children: ReactNode
}

/** A labelled input with its unit and error; the label wraps the input, naming it. */
function Field({ label, error, suffix, children }: FieldProps) {
  return (
    <LabelledField label={label} className="setting" error={error}>
      <span className="setting-input">
        {children}
        {suffix && <span className="muted">{suffix}</span>}
      </span>
    </LabelledField>
  )
}
