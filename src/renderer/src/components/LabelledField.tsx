import type { ReactNode } from 'react'

interface LabelledFieldProps {
  label: ReactNode
  /** The control, and whatever follows it on its line (a unit, say). */
  children: ReactNode
  /** The layout's class: a line of text (`inline-label`) unless the form has its own. */
  className?: string
  /** A checkbox: the box first, its label after it. */
  check?: boolean
  error?: ReactNode
}

/**
 * A control named by its visible label. The label wraps the control, so no ids need keeping in
 * step and assistive technology reads the label as the control's name; a validation message
 * stays inside it too.
 */
export function LabelledField({ label, children, className, check = false, error }: LabelledFieldProps) {
  const message = error ? <span className="field-error">{error}</span> : null
  if (check) {
    return (
      <label className={className ?? 'check'}>
        {children}
        {label}
        {message}
      </label>
    )
  }
  return (
    <label className={className ?? 'inline-label'}>
      <span>{label}</span>
      {children}
      {message}
    </label>
  )
}
