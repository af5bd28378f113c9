import { ROLE_LABEL } from './roles'
import { useRecto } from '../../store'

/** Who is working: their name goes into every edit from now on. */
export function ProfileSwitcher() {
  const info = useRecto((s) => s.profiles)
  const { switchProfile, setProfilesOpen } = useRecto.getState()
  if (!info) return null
  const { current, profiles } = info

  return (
    <div className="profile-switcher">
      <label className="inline-label">
        <span className="muted">Working as</span>
        <select
          data-testid="profile-select"
          data-role={current.role}
          value={current.name}
          onChange={(e) => void switchProfile(e.currentTarget.value)}
        >
          {!current.registered && <option value={current.name}>{current.name} (no profile)</option>}
          {profiles.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name} ({ROLE_LABEL[p.role]})
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="open-profiles" onClick={() => setProfilesOpen(true)}>
        Profiles…
      </button>
    </div>
  )
}
