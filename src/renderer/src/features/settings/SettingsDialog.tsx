import { Dialog } from '../../components/Dialog'
import { useRecto } from '../../store'
import { AboutSection } from './AboutSection'
import { SettingsForm } from './SettingsForm'
import './settings.css'

export function SettingsDialog() {
  const open = useRecto((s) => s.settingsOpen)
  const setOpen = useRecto((s) => s.setSettingsOpen)
  const close = () => setOpen(false)

  return (
    <Dialog open={open} title="Settings" onClose={close} testId="settings-dialog" wide>
      <SettingsForm onDone={close} />
      <AboutSection />
    </Dialog>
  )
}
