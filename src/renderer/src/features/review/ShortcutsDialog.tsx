import { Dialog } from '../../components/Dialog'
import { useRecto } from '../../store'
import { REVIEW_SHORTCUTS } from './keyboard'

export function ShortcutsDialog() {
  const open = useRecto((s) => s.shortcutsOpen)
  const setOpen = useRecto((s) => s.setShortcutsOpen)

  return (
    <Dialog
      open={open}
      title="Keyboard shortcuts"
      onClose={() => setOpen(false)}
      testId="shortcuts-dialog"
    >
      <table className="shortcuts">
        <tbody>
          {REVIEW_SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
