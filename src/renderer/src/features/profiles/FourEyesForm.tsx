import { useState } from 'react'
import { LabelledField } from '../../components/LabelledField'
import { useRecto } from '../../store'
import { fromFourEyesValues, toFourEyesValues } from './fourEyesForm'

/** The four-eyes rule: which confirmed documents go on to a second person. */
export function FourEyesForm() {
  const rule = useRecto((s) => s.settings.fourEyes)
  const saveSettings = useRecto((s) => s.saveSettings)
  const supervisor = useRecto((s) => s.profiles?.current.role === 'supervisor')
  const [values, setValues] = useState(() => toFourEyesValues(rule))
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const update = (change: Partial<typeof values>) => {
    setValues({ ...values, ...change })
    setSaved(false)
  }

  return (
    <form
      className="four-eyes stack"
      data-testid="four-eyes-form"
      onSubmit={(e) => {
        e.preventDefault()
        const result = fromFourEyesValues(values)
        if (!result.ok) return setError(result.error)
        setError(null)
        void saveSettings({ fourEyes: result.rule }).then(setSaved)
      }}
    >
      <fieldset disabled={!supervisor}>
        <legend>Four eyes {supervisor ? '' : '(a supervisor sets this)'}</legend>
        <LabelledField label="After a clerk confirms, a different reviewer must confirm too" check>
          <input
            type="checkbox"
            data-testid="four-eyes-enabled"
            checked={values.enabled}
            onChange={(e) => update({ enabled: e.currentTarget.checked })}
          />
        </LabelledField>
        <LabelledField label="for totals over">
          <input
            type="text"
            inputMode="decimal"
            className="short-input"
            data-testid="four-eyes-amount"
            value={values.amountOver}
            onChange={(e) => update({ amountOver: e.currentTarget.value })}
          />
        </LabelledField>
        <LabelledField label="and a sample of">
          <input
            type="text"
            inputMode="decimal"
            className="short-input"
            data-testid="four-eyes-sample"
            value={values.samplePercent}
            onChange={(e) => update({ samplePercent: e.currentTarget.value })}
          />
          % of documents (always the same ones)
        </LabelledField>
        {error && <p className="field-error">{error}</p>}
        <div className="button-row">
          {saved && <span role="status">Saved.</span>}
          <button type="submit" data-testid="four-eyes-save">
            Save rule
          </button>
        </div>
      </fieldset>
    </form>
  )
}
