/**
 * `recto` command line: the same services as the app, for batch work and scripting.
 *   recto extract FILE... --json         fields of each file, nothing stored
 *   recto import PATH... [--db PATH]     files or folders into the database
 *   recto eval TRUTH.jsonl [--json]      accuracy against a truth manifest
 *   recto eval TRUTH.jsonl --replay      a simulated clerk corrects and confirms, in order
 *   recto edits [--db PATH] [--document N] [--user U] [--action A] [--from D] [--to D] --json
 *   recto export --format F --out DIR   labeled training sets (jsonl, layoutlm, donut, …)
 *   recto audit verify [--db PATH]       checks the edit log's hash chain
 *   recto model list | retrain [--db PATH] [--json]   trained model versions; retrain now
 *   recto db check | backup              integrity check, online backup
 */
import { RectoError } from '../../shared/errors'
import { auditCommand } from './auditCommand'
import { dbCommand } from './dbCommand'
import { editsCommand } from './editsCommand'
import { evalCommand } from './evalCommand'
import { exportCommand } from './exportCommand'
import { extractCommand } from './extractCommand'
import { importCommand } from './importCommand'
import { modelCommand } from './modelCommand'

const USAGE = `usage: recto <command> [options]

commands:
  extract FILE... [--json]            extract fields without storing anything
  import PATH... [--db FILE]          import files or folders (recursively) into the database
  eval TRUTH.jsonl [--json]           score extraction against a truth manifest
  eval TRUTH.jsonl --replay [--json]  replay corrections in order on a fresh database (learning)
  edits [--document N] [--user U] [--action A] [--from DAY] [--to DAY] [--search S] [--json]
                                      print the edit log (days UTC, both included)
  export --format F --out DIR [...]   labeled training set (recto export for options)
  audit verify                        verify the edit log's hash chain
  model list | model retrain [--json] trained model versions; retrain the ranker and confidences now
  db check | db backup [--out DIR]    integrity check; a consistent backup copy

--db FILE (or RECTO_DB) picks the database; the default is the app's own.`

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  extract: extractCommand,
  import: importCommand,
  eval: evalCommand,
  export: exportCommand,
  edits: editsCommand,
  audit: auditCommand,
  db: dbCommand,
  model: modelCommand,
}

const [name, ...args] = process.argv.slice(2)
const command = name ? COMMANDS[name] : undefined
if (!command) {
  console.error(name && name !== '--help' ? `recto: unknown command "${name}"\n\n${USAGE}` : USAGE)
  process.exitCode = name === '--help' ? 0 : 2
} else {
  try {
    process.exitCode = await command(args)
  } catch (error) {
    console.error(`recto ${name}: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = error instanceof RectoError ? 1 : 70
  }
}
