/**
 * Calendar dates as plain {y, m, d} in UTC arithmetic, and the ways suppliers print them. Never the
 * local clock or time zone: the samples must not depend on where they are generated.
 */

export interface CalendarDate {
  year: number
  month: number
  day: number
}

export type DateStyle =
  | 'dmy-dot' // 03.04.2025
  | 'dmy-slash' // 03/04/2025
  | 'mdy-slash' // 04/03/2025
  | 'iso' // 2025-04-03
  | 'dmy-dash' // 03-04-2025
  | 'long-en' // 3 April 2025
  | 'long-us' // April 3, 2025
  | 'long-de' // 3. April 2025
  | 'long-fr' // 3 avril 2025
  | 'long-nl' // 3 april 2025

const MONTHS: Record<'en' | 'de' | 'fr' | 'nl', readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
    'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
    'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
    'oktober', 'november', 'december'],
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }
}

export function toIsoDate(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`
}

export function formatDate(date: CalendarDate, style: DateStyle): string {
  const { year, month, day } = date
  const dd = pad(day)
  const mm = pad(month)
  switch (style) {
    case 'dmy-dot':
      return `${dd}.${mm}.${year}`
    case 'dmy-slash':
      return `${dd}/${mm}/${year}`
    case 'mdy-slash':
      return `${mm}/${dd}/${year}`
    case 'iso':
      return toIsoDate(date)
    case 'dmy-dash':
      return `${dd}-${mm}-${year}`
    case 'long-en':
      return `${day} ${monthName('en', month)} ${year}`
    case 'long-us':
      return `${monthName('en', month)} ${day}, ${year}`
    case 'long-de':
      return `${day}. ${monthName('de', month)} ${year}`
    case 'long-fr':
      return `${day === 1 ? '1er' : day} ${monthName('fr', month)} ${year}`
    case 'long-nl':
      return `${day} ${monthName('nl', month)} ${year}`
  }
}

function monthName(language: keyof typeof MONTHS, month: number): string {
  const name = MONTHS[language][month - 1]
  if (!name) throw new Error(`no month ${month}`)
  return name
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
