import { beforeAll, describe, expect, it } from 'vitest';
import ar from './locales/ar.json';
import en from './locales/en.json';
import { formatBytes, formatMoment, formatNumber, formatPercent, formatPublished, languageName } from './format';
import { loadLocale, translator } from './i18n';
import { preferredUiLocale, toUiLocale, uiDirection } from './locales';

beforeAll(async () => {
	await Promise.all([loadLocale('en'), loadLocale('ar')]);
});

type Tree = { [key: string]: string | Tree };

/** Every key of a resource tree, plural suffixes folded into their base key. */
function keys(tree: Tree, prefix = ''): Map<string, Set<string>> {
	const found = new Map<string, Set<string>>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'object') {
			for (const [k, v] of keys(value, path)) found.set(k, v);
			continue;
		}
		const plural = /^(.*)_(zero|one|two|few|many|other)$/.exec(path);
		const base = plural ? plural[1]! : path;
		const forms = found.get(base) ?? new Set<string>();
		forms.add(plural ? plural[2]! : '');
		found.set(base, forms);
	}
	return found;
}

const resources = { en: en as Tree, ar: ar as Tree };

describe('interface strings', () => {
	it('every language has every key', () => {
		const english = [...keys(resources.en).keys()].sort();
		expect([...keys(resources.ar).keys()].sort()).toEqual(english);
	});

	it('every plural has every form its language needs (Intl plural rules)', () => {
		for (const [lang, tree] of Object.entries(resources)) {
			const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
			for (const [key, forms] of keys(tree)) {
				if (forms.has('')) continue; // not a plural
				for (const form of needed) expect(forms.has(form), `${lang}: ${key}_${form}`).toBe(true);
			}
		}
	});

	it('every placeholder in English exists in the translation', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();
		const flat = (tree: Tree, prefix = ''): Record<string, string> =>
			Object.fromEntries(
				Object.entries(tree).flatMap(([k, v]) =>
					typeof v === 'string' ? [[`${prefix}${k}`, v]] : Object.entries(flat(v, `${prefix}${k}.`))
				)
			);
		const english = flat(resources.en);
		for (const [key, text] of Object.entries(flat(resources.ar))) {
			const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
			const source = english[key] ?? english[`${base}_other`] ?? english[base];
			expect(source, key).toBeDefined();
			for (const name of placeholders(text)) {
				if (name === 'count') continue; // some Arabic forms spell the number out
				expect(placeholders(source!), `${key}: {{${name}}}`).toContain(name);
			}
		}
	});

	it('writes Arabic counts with all six plural forms and Arabic-Indic digits', () => {
		const t = translator('ar');
		expect([0, 1, 2, 3, 11, 100].map((count) => t('library.segments', { count }))).toEqual([
			'لا مقاطع متقابلة',
			'مقطع متقابل واحد',
			'مقطعان متقابلان',
			'٣ مقاطع متقابلة',
			'١١ مقطعًا متقابلًا',
			'١٠٠ مقطع متقابل'
		]);
		expect(t('library.documents', { count: 1003 })).toBe('١٬٠٠٣ وثائق');
	});

	it('writes English counts with Latin digits', () => {
		const t = translator('en');
		expect([0, 1, 2, 1500].map((count) => t('library.documents', { count }))).toEqual([
			'No documents',
			'1 document',
			'2 documents',
			'1,500 documents'
		]);
	});

	it('leaves document text in interpolations unescaped (Svelte escapes it when rendering)', () => {
		expect(translator('en')('library.readTitle', { title: '<b>"x" & y</b>' })).toBe('Read “<b>"x" & y</b>”');
	});
});

describe('formatting', () => {
	it('uses one digit style per interface', () => {
		expect(formatNumber(1234, 'en')).toBe('1,234');
		expect(formatNumber(1234, 'ar')).toBe('١٬٢٣٤');
		expect(formatPercent(110, 'en')).toBe('110%');
		expect(formatPercent(110, 'ar')).toMatch(/^١١٠٪/);
		expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25 MB');
		expect(formatBytes(1536, 'en')).toBe('1.5 kB');
		expect(formatBytes(25 * 1024 * 1024, 'ar')).toMatch(/٢٥/);
		expect(formatMoment(Date.UTC(2026, 0, 5, 12), 'ar')).toMatch(/٢٠٢٦/);
	});

	it('gives the Gregorian date in the source’s time zone, with the Hijri date in Arabic', () => {
		const en = formatPublished('2017-11-19T21:11:00+03:30', 'en', 'Asia/Tehran');
		expect(en).toEqual({ iso: '2017-11-19T21:11:00+03:30', gregorian: 'Sunday, 19 November 2017 at 21:11 Iran Time (GMT+03:30)' });
		const ar = formatPublished('2017-11-19T21:11:00+03:30', 'ar', 'Asia/Tehran');
		expect(ar.gregorian).toContain('١٩ نوفمبر ٢٠١٧');
		expect(ar.hijri).toBe('١ ربيع الأول ١٤٣٩ هـ');
	});

	it('shows the wall-clock time at the given offset when no zone is named', () => {
		expect(formatPublished('2020-01-01T23:30:00-05:00', 'en').gregorian).toBe('Wednesday, 1 January 2020 at 23:30 (GMT-05:00)');
		// The offset in the interface's digits, so the line keeps one style of digits.
		expect(formatPublished('2020-01-01T23:30:00-05:00', 'ar').gregorian).toBe('الأربعاء، ١ يناير ٢٠٢٠ في ١١:٣٠ م (غرينتش-٠٥:٠٠)');
		expect(formatPublished('2017-11-19T21:11:00+03:30', 'ar', 'Asia/Tehran').gregorian).toMatch(/توقيت إيران \(غرينتش\+٠٣:٣٠\)$/);
	});

	it('names document languages in the interface language', () => {
		expect(languageName('ar', 'en')).toBe('Arabic');
		expect(languageName('en', 'ar')).toBe('الإنجليزية');
	});
});

describe('interface locales', () => {
	it('picks the first shipped language the visitor prefers, else English', () => {
		expect(preferredUiLocale(['fr-FR', 'ar-EG', 'en'])).toBe('ar');
		expect(preferredUiLocale(['de'])).toBe('en');
		expect(toUiLocale('xx')).toBe('en');
		expect(uiDirection('ar')).toBe('rtl');
	});
});

describe('adding an interface language', () => {
	it('needs only its file and its tag: every shipped tag has a file and every file is shipped', async () => {
		const { localeFiles } = await import('./resources');
		const { uiLocales } = await import('./locales');
		expect([...localeFiles].sort()).toEqual([...uiLocales].sort());
	});

	it('gets its name and direction from Intl', async () => {
		const { nativeName } = await import('./locales');
		expect(nativeName('ar')).toBe('العربية');
		expect(nativeName('en')).toBe('English');
	});
});

describe('localizeDigits', () => {
	it('writes an identifier’s digits like the rest of the Arabic line, and leaves English alone', async () => {
		const { localizeDigits } = await import('./format');
		expect(localizeDigits('66847', 'ar')).toBe('٦٦٨٤٧');
		expect(localizeDigits('A-12/3', 'ar')).toBe('A-١٢/٣');
		expect(localizeDigits('66847', 'en')).toBe('66847');
	});
});
