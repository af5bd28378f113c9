import { useCallback, useState } from 'react'

/** The content width of an element, kept current by a ResizeObserver (for fit-to-width). */
type RefWithCleanup<T> = (element: T | null) => () => void

export function useElementWidth<T extends HTMLElement>(): [RefWithCleanup<T>, number] {
  const [width, setWidth] = useState(0)
  const ref = useCallback((element: T | null) => {
    if (!element) return () => {}
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}
