// Numbers, dates and language names for the interface, through Intl. The Arabic interface writes
// Arabic-Indic digits (٠١٢٣…), asked for explicitly (`nu-arab`) so Node at build time and every
// browser print the same digits; the English interface writes Latin digits.
import type { UiLocale } from './locales';

// Where an interface needs more than its tag says. Other interface languages use their tag as is.
const numberLocales: Partial<Record<UiLocale, string>> = { ar: 'ar-u-nu-arab' };
// British English order (19 November 2017, 21:11) reads unambiguously for an international audience.
const dateLocales: Partial<Record<UiLocale, string>> = { en: 'en-GB', ar: 'ar-u-nu-arab-ca-gregory' };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `value` written with the interface's digits. */
export function formatNumber(value: number, locale: UiLocale): string {
	let format = numberFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(numberLocales[locale] ?? locale);
		numberFormats.set(locale, format);
	}
	return format.format(value);
}

/** The interface's name for a document language (e.g. "Arabic", "الإنجليزية"). */
export function languageName(tag: string, locale: UiLocale): string {
	return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
}

export interface PublishedDate {
	/** Machine-readable, for `<time datetime>`. */
	iso: string;
	/** Gregorian date and time in the source's time zone. */
	gregorian: string;
	/** The same day in the Umm al-Qura Hijri calendar (Arabic interface only). */
	hijri?: string;
}

/**
 * A publication time as the interface shows it, in the time zone it was published in, and saying
 * which: "Sunday, 19 November 2017 at 21:11 Iran Time (GMT+03:30)"; with only an offset,
 * "… at 23:30 (GMT-05:00)". The offset is written in the interface's digits.
 */
export function formatPublished(iso: string, locale: UiLocale, timeZone?: string): PublishedDate {
	// Every page of a long document shows the same date, and the Intl formatters made for it cost
	// more than the rest of a page's header: each (time, interface, zone) is worded once.
	const key = `${iso}\u0000${locale}\u0000${timeZone ?? ''}`;
	let published = publishedDates.get(key);
	if (!published) {
		published = wordPublished(iso, locale, timeZone);
		publishedDates.set(key, published);
	}
	return { ...published };
}
const publishedDates = new Map<string, PublishedDate>();

function wordPublished(iso: string, locale: UiLocale, timeZone?: string): PublishedDate {
	// Without a named zone, show the wall-clock time at the offset the source gave, labelled with it.
	const offset = /([+-])(\d{2}):(\d{2})$/.exec(iso);
	const offsetMinutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
	const date = new Date(Date.parse(iso) + (timeZone ? 0 : offsetMinutes * 60_000));
	const zone = timeZone ?? 'UTC';
	const dateLocale = dateLocales[locale] ?? locale;
	const zonePart = (options: Intl.DateTimeFormatOptions) =>
		new Intl.DateTimeFormat(dateLocale, { timeZone: zone, ...options }).formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? '';
	// "GMT" as the interface writes it (غرينتش), then the offset.
	const gmt = zonePart({ timeZone: 'UTC', timeZoneName: 'shortOffset' }).replace(/[+\-\u2212][\d\u0660-\u0669:]*$/u, '');
	const offsetLabel = timeZone ? zonePart({ timeZoneName: 'longOffset' }) : offset ? `${gmt}${localizeDigits(offset[0], locale)}` : gmt;
	const zoneName = timeZone ? `${zonePart({ timeZoneName: 'shortGeneric' })} ` : '';
	const gregorian = `${new Intl.DateTimeFormat(dateLocale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(date)} ${zoneName}(${offsetLabel})`;
	if (locale !== 'ar') return { iso, gregorian };
	const hijri = new Intl.DateTimeFormat('ar-u-ca-islamic-umalqura-nu-arab', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: zone
	}).format(date);
	return { iso, gregorian, hijri };
}

/** A percentage (`110` → "110%", "١١٠٪") with the interface's digits and sign. */
export function formatPercent(percent: number, locale: UiLocale): string {
	let format = percentFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(numberLocales[locale] ?? locale, { style: 'percent' });
		percentFormats.set(locale, format);
	}
	return format.format(percent / 100);
}
const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * `text` with its ASCII digits written in the interface's digits: an article number or id beside
 * dates in the Arabic interface reads in one style ("رمز الخبر ٦٦٨٤٧"). Other characters stay.
 */
export function localizeDigits(text: string, locale: UiLocale): string {
	if (!numberLocales[locale]) return text;
	const zero = formatNumber(0, locale).codePointAt(0) ?? 0x30;
	return zero === 0x30 ? text : text.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero + Number(digit)));
}

/** A file size in the interface's digits and units ("2.4 MB", «٢٫٤ م.ب.»), in steps of 1024. */
export function formatBytes(bytes: number, locale: UiLocale): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return new Intl.NumberFormat(numberLocales[locale] ?? locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** A moment (milliseconds since the epoch) as a date and time in this browser's time zone. */
export function formatMoment(time: number, locale: UiLocale): string {
	return new Intl.DateTimeFormat(dateLocales[locale] ?? locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
