import { useState } from 'react'
import { ROLES } from '../../../../shared/documents'
import type { Role } from '../../../../shared/documents'
import { Dialog } from '../../components/Dialog'
import { useRecto } from '../../store'
import { FourEyesForm } from './FourEyesForm'
import './profiles.css'
import { ROLE_LABEL } from './roles'

/** Profiles and their roles, and the four-eyes rule; changes above clerk need a supervisor. */
export function ProfilesDialog() {
  const open = useRecto((s) => s.profilesOpen)
  const setOpen = useRecto((s) => s.setProfilesOpen)

  return (
    <Dialog
      open={open}
      title="Profiles and roles"
      onClose={() => setOpen(false)}
      testId="profiles-dialog"
      wide
    >
      <ProfileList />
      <NewProfile />
      <FourEyesForm />
    </Dialog>
  )
}

function ProfileList() {
  const profiles = useRecto((s) => s.profiles?.profiles ?? [])
  const saveProfile = useRecto((s) => s.saveProfile)

  return (
    <table className="data-table profiles-table" aria-label="Profiles" data-testid="profiles-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
        </tr>
      </thead>
      <tbody>
        {profiles.map((p) => (
          <tr key={p.name} data-testid="profile-row" data-name={p.name}>
            <td>{p.name}</td>
            <td>
              <RoleSelect
                label={`Role of ${p.name}`}
                value={p.role}
                onChange={(role) => void saveProfile(p.name, role)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function NewProfile() {
  const saveProfile = useRecto((s) => s.saveProfile)
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>('clerk')

  return (
    <form
      className="new-profile"
      data-testid="new-profile"
      onSubmit={(e) => {
        e.preventDefault()
        if (!name.trim()) return
        void saveProfile(name.trim(), role).then((ok) => ok && setName(''))
      }}
    >
      <label className="inline-label">
        New profile
        <input
          type="text"
          maxLength={80}
          data-testid="new-profile-name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <RoleSelect label="Role of the new profile" value={role} onChange={setRole} />
      <button type="submit" data-testid="new-profile-add" disabled={!name.trim()}>
        Add
      </button>
    </form>
  )
}

interface RoleSelectProps {
  label: string
  value: Role
  onChange: (role: Role) => void
}

function RoleSelect({ label, value, onChange }: RoleSelectProps) {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as Role)}
    >
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABEL[r]}
        </option>
      ))}
    </select>
  )
}
