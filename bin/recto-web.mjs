#!/usr/bin/env node
// Runs the TypeScript entry through tsx, so the bridge needs no build step of its own.
import { register } from 'tsx/esm/api'
register()
await import('../src/main/bridge/main.ts')
