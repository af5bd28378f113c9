import { getApi } from '../api/getApi'
import { createRectoStore } from './createStore'

/** The app's one store. Components select narrowly: `useRecto((s) => s.page)`. */
export const useRecto = createRectoStore(getApi())
