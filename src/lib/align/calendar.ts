// Numbers written as words, days of the week, months and clause labels, read as the same keys in
// Arabic and English: "ثلاث ساعات", "three hours" and "3 hours" share the key 3; "الأربعاء" and
// "Wednesday" share a weekday; "كانون الثاني", "يناير" and "January" share a month; a clause that
// starts "ب)" and one that starts "(b)" share a label. A closed list of words every translation
// keeps, not a dictionary: it is the same for every text.
import { extractNumbers } from './cues';
import { asciiDigits, foldArabic, foldLatin } from '../text/fold';

const arabicNumbers: Record<string, number> = {};
const addArabic = (value: number, ...forms: string[]) => {
	for (const form of forms) arabicNumbers[foldArabic(form)] = value;
};
addArabic(2, 'اثنان', 'اثنين', 'اثنتان', 'اثنتين');
addArabic(3, 'ثلاث', 'ثلاثة');
addArabic(4, 'أربع', 'أربعة');
addArabic(5, 'خمس', 'خمسة');
addArabic(6, 'ست', 'ستة');
addArabic(7, 'سبع', 'سبعة');
addArabic(8, 'ثمان', 'ثماني', 'ثمانية');
addArabic(9, 'تسع', 'تسعة');
addArabic(10, 'عشر', 'عشرة');
addArabic(11, 'أحد عشر', 'إحدى عشرة');
addArabic(12, 'اثنا عشر', 'اثني عشر', 'اثنتا عشرة', 'اثنتي عشرة');
const units = [['ثلاث', 'ثلاثة'], ['أربع', 'أربعة'], ['خمس', 'خمسة'], ['ست', 'ستة'], ['سبع', 'سبعة'], ['ثماني', 'ثمانية'], ['تسع', 'تسعة']];
units.forEach(([feminine, masculine], k) => addArabic(13 + k, `${masculine} عشر`, `${feminine} عشرة`));
addArabic(20, 'عشرون', 'عشرين');
addArabic(30, 'ثلاثون', 'ثلاثين');
addArabic(40, 'أربعون', 'أربعين');
addArabic(50, 'خمسون', 'خمسين');
addArabic(60, 'ستون', 'ستين');
addArabic(70, 'سبعون', 'سبعين');
addArabic(80, 'ثمانون', 'ثمانين');
addArabic(90, 'تسعون', 'تسعين');
addArabic(100, 'مئة', 'مائة');
addArabic(200, 'مئتان', 'مئتين', 'مائتان', 'مائتين');
addArabic(1000, 'ألف', 'آلاف');
addArabic(1e6, 'مليون', 'ملايين');
addArabic(1e9, 'مليار', 'مليارات');
// Ordinals, with the article as they are written (الخامس عشر: the fifteenth).
const arabicOrdinals: Record<string, number> = {};
[
	['الأول', 'الأولى'], ['الثاني', 'الثانية'], ['الثالث', 'الثالثة'], ['الرابع', 'الرابعة'], ['الخامس', 'الخامسة'],
	['السادس', 'السادسة'], ['السابع', 'السابعة'], ['الثامن', 'الثامنة'], ['التاسع', 'التاسعة'], ['العاشر', 'العاشرة']
].forEach((forms, k) => {
	for (const form of forms) arabicOrdinals[foldArabic(form).slice(2)] = k + 1; // without ال
});
arabicOrdinals[foldArabic('حادي')] = 1; // الحادي عشر

const englishNumbers: Record<string, number> = {
	two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
	thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
	thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
	million: 1e6, billion: 1e9, hundreds: 100, thousands: 1000, millions: 1e6,
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
	eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
	eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30
};

// Days and months: Arabic (the article and a conjunction or preposition before it are dropped
// first), and the Levantine month names alongside the Egyptian ones.
const arabicDays: Record<string, number> = {};
for (const [day, forms] of [
	[0, ['احد']],
	[1, ['اثنين']],
	[2, ['ثلاثاء']],
	[3, ['اربعاء']],
	[4, ['خميس']],
	[5, ['جمعه']],
	[6, ['سبت']]
] as const) {
	for (const form of forms) arabicDays[form] = day;
}
const englishDays: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

const arabicMonths: Record<string, number> = {};
const addMonth = (month: number, ...forms: string[]) => {
	for (const form of forms) arabicMonths[foldArabic(form)] = month;
};
addMonth(1, 'يناير', 'كانون الثاني');
addMonth(2, 'فبراير', 'شباط');
addMonth(3, 'مارس', 'آذار');
addMonth(4, 'أبريل', 'ابريل', 'نيسان');
addMonth(5, 'مايو', 'أيار');
addMonth(6, 'يونيو', 'يونيه', 'حزيران');
addMonth(7, 'يوليو', 'يوليه', 'تموز');
addMonth(8, 'أغسطس', 'آب');
addMonth(9, 'سبتمبر', 'أيلول');
addMonth(10, 'أكتوبر', 'تشرين الأول');
addMonth(11, 'نوفمبر', 'تشرين الثاني');
addMonth(12, 'ديسمبر', 'كانون الأول');
const englishMonths: Record<string, number> = {
	january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
	november: 11, december: 12
};

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const magnitudePattern = /(\d+(?:[.,\u066B\u066C]\d+)*)\s+(الف|الاف|مليون|ملايين|مليار|thousand|million|billion)/giu;

// Every word of the tables (the words of two-word forms one by one), to tell quickly whether a
// sentence may hold any.
const arabicWords = new Set(
	[...Object.keys(arabicNumbers), ...Object.keys(arabicMonths), ...Object.keys(arabicDays), ...Object.keys(arabicOrdinals)].flatMap((form) => form.split(' '))
);
const englishWords = new Set([...Object.keys(englishNumbers), ...Object.keys(englishDays), ...Object.keys(englishMonths)]);

/**
 * True when `word` (folded Arabic, or English in lower case) may be one of the words `calendarKeys`
 * reads, possibly behind a conjunction, a preposition or the article.
 */
export function isCalendarWord(word: string, arabic: boolean): boolean {
	if (!arabic) return englishWords.has(word);
	if (arabicWords.has(word)) return true;
	// و ف ب ل, then ال; or لل.
	const c0 = word.charCodeAt(0);
	let at = c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644 ? 1 : 0;
	if (at === 1 && arabicWords.has(word.slice(1))) return true;
	if (word.startsWith('ال', at)) at += 2;
	else if (word.startsWith('لل')) at = 2;
	return at > 1 && arabicWords.has(word.slice(at));
}

const arabicLabel = /^\(?([\u0621-\u064a])\s?[)\-–.]\s/u;
const englishLabel = /^\(?([a-j])\)\s/u;

/** True when `text` starts with a clause label: أ) ب) … or (a) (b) … */
export function startsWithLabel(text: string, arabic: boolean): boolean {
	return (arabic ? arabicLabel : englishLabel).test(text);
}

/** The value of a run of number words, each given as its value: [200, 20, 1000] is 220000. */
export function composeNumber(values: readonly number[]): number {
	let total = 0;
	let current = 0;
	for (const value of values) {
		if (value === 100) current = (current || 1) * 100;
		else if (value >= 1000) {
			total += (current || 1) * value;
			current = 0;
		} else current += value;
	}
	return total + current;
}

// Clause labels: أ) ب) ج) … and (a) (b) (c) …, in the order both alphabets list them.
const arabicLabels = ['ا', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي'];

/**
 * The number, weekday, month and label keys of one unit: Arabic text folded (../text/fold.ts
 * `foldArabic`), English as written. Numbers are written as digits (`"3"`), so "ثلاث" matches "3"
 * as well as "three". Worth calling only when a word passes `isCalendarWord` or the text
 * `startsWithLabel`: most sentences hold none.
 */
export function calendarKeys(text: string, arabic: boolean): string[] {
	const keys: string[] = [];
	const label = (arabic ? arabicLabel : englishLabel).exec(text);
	if (label) {
		const index = arabic ? arabicLabels.indexOf(label[1] ?? '') : (label[1] ?? 'a').charCodeAt(0) - 0x61;
		if (index >= 0) keys.push(`label:${index}`);
	}
	// "١٥٠ ألف" and "1.5 million": the number they make, as well as their parts.
	for (const match of asciiDigits(text).matchAll(magnitudePattern)) {
		const value = Number(extractNumbers(match[1] ?? '')[0]);
		const magnitude = arabic ? arabicNumbers[match[2] ?? ''] : englishNumbers[(match[2] ?? '').toLowerCase()];
		if (Number.isFinite(value) && magnitude) keys.push(String(Math.round(value * magnitude)));
	}
	// A run of number words makes one number: "مئتين وعشرين ألف" and "two hundred and twenty
	// thousand" are both 220000, as "220,000" is.
	let phrase: number[] = [];
	const endPhrase = () => {
		if (phrase.length > 0) keys.push(String(composeNumber(phrase)));
		phrase = [];
	};
	const found = [...text.matchAll(wordPattern)];
	const tokens = found.map((match) => match[0]);
	for (let k = 0; k < tokens.length; k++) {
		const token = tokens[k] as string;
		// Punctuation between two words ends a run of number words ("1.5 million, twenty").
		const previous = found[k - 1];
		if (previous && /\S/u.test(text.slice((previous.index ?? 0) + previous[0].length, found[k]?.index ?? 0))) endPhrase();
		if (arabic) {
			const folded = token;
			const next = tokens[k + 1] ?? '';
			const bare = folded.replace(/^(?:[وفبل]?ال|[وفبل])/u, '');
			const month = arabicMonths[`${folded} ${next}`] ?? arabicMonths[`${bare} ${next}`] ?? arabicMonths[folded] ?? arabicMonths[bare];
			if (month !== undefined) {
				endPhrase();
				keys.push(`month:${month}`);
				if (arabicMonths[`${folded} ${next}`] !== undefined || arabicMonths[`${bare} ${next}`] !== undefined) k++;
				continue;
			}
			const hasArticle = /^[وفبل]?ال/u.test(folded);
			// With the article, the day names are days (الاثنين, Monday), not numbers (اثنين, two).
			const day = hasArticle ? arabicDays[bare] : undefined;
			if (day !== undefined) {
				endPhrase();
				keys.push(`day:${day}`);
				continue;
			}
			const compound = arabicNumbers[`${folded} ${next}`] ?? arabicNumbers[`${bare} ${next}`];
			const ordinal = hasArticle || bare === 'حادي' ? arabicOrdinals[bare] : undefined;
			// ألف (thousand) folds to الف, which looks like the article: the word itself is tried first.
			const value = compound ?? arabicNumbers[folded] ?? ordinal ?? (hasArticle ? undefined : arabicNumbers[bare]);
			if (value === undefined) {
				endPhrase();
				continue;
			}
			// An ordinal followed by عشر/عشرة is a teen (الخامس عشر, the fifteenth).
			if (ordinal !== undefined && /^عشره?$/u.test(next)) {
				phrase.push(ordinal + 10);
				k++;
			} else {
				phrase.push(value);
				if (compound !== undefined) k++;
			}
		} else {
			const folded = foldLatin(token);
			if (folded === 'and' && phrase.length > 0) continue;
			const day = englishDays[folded];
			// "may" is a month only with a capital and not at the start of a sentence.
			const month = englishMonths[folded];
			const isMonth = month !== undefined && (month !== 5 || (k > 0 && token === 'May'));
			const parts = folded.split('-').map((part) => englishNumbers[part]); // twenty-seven
			if (parts.every((n) => n !== undefined) && parts.length > 0) {
				for (const n of parts) phrase.push(n as number);
				continue;
			}
			endPhrase();
			if (day !== undefined) keys.push(`day:${day}`);
			if (isMonth) keys.push(`month:${month}`);
		}
	}
	endPhrase();
	return keys;
}
