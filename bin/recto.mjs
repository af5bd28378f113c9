#!/usr/bin/env node
// `npx recto …` right after `npm install`: tsx runs the TypeScript CLI with no build step.
import { register } from 'tsx/esm/api'
register()
await import('../src/main/cli/main.ts')
