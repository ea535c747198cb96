// Reading a plain-text original or translation into paragraphs. The document format keeps each
// paragraph on one line, so this is where the few normalisations the importer makes happen, and
// where they are counted so the CLI can say what it changed:
// - a byte order mark at the start is dropped;
// - CRLF and lone CR line ends become LF;
// - leading and trailing whitespace of each line is dropped, and the lines of a hard-wrapped
//   paragraph are joined with single spaces;
// - text is put in Unicode normalisation form NFC.
// Nothing else changes: spacing inside a line, punctuation and spelling are kept as they are.
import { textProblems } from '../document/validate';

export interface PlainTextOptions {
	/** One paragraph per line (blank lines ignored) instead of blank-line-separated paragraphs. */
	lines?: boolean;
}

/** Something in the text the document format cannot hold, located for an error message. */
export interface TextProblem {
	/** 1-based line and column in the input (after CRLF became LF). */
	line: number;
	column: number;
	message: string;
}

export interface PlainText {
	paragraphs: string[];
	/** 1-based line on which each paragraph starts. */
	lines: number[];
	/** What was changed, for the importer to report. */
	changes: {
		byteOrderMark: boolean;
		/** CRLF or lone CR line ends turned into LF. */
		lineEnds: number;
		/** Paragraphs written over several lines that were joined into one. */
		unwrapped: number;
		/** Paragraphs that NFC normalisation changed. */
		normalized: number;
	};
	problems: TextProblem[];
}

interface Line {
	text: string;
	/** 1-based line number. */
	number: number;
	/** Column of `text`'s first character in the original line (1-based). */
	column: number;
}

/** Splits a plain text into paragraphs, applying and counting the importer's normalisations. */
export function parsePlainText(input: string, options: PlainTextOptions = {}): PlainText {
	const byteOrderMark = input.startsWith('\uFEFF');
	let text = byteOrderMark ? input.slice(1) : input;
	let lineEnds = 0;
	text = text.replace(/\r\n?/g, () => {
		lineEnds++;
		return '\n';
	});

	const groups: Line[][] = [];
	let current: Line[] = [];
	text.split('\n').forEach((raw, index) => {
		const trimmed = raw.trim();
		if (trimmed === '') {
			if (current.length > 0) groups.push(current);
			current = [];
			return;
		}
		const line = { text: trimmed, number: index + 1, column: raw.length - raw.trimStart().length + 1 };
		if (options.lines) groups.push([line]);
		else current.push(line);
	});
	if (current.length > 0) groups.push(current);

	const paragraphs: string[] = [];
	const lines: number[] = [];
	const problems: TextProblem[] = [];
	let unwrapped = 0;
	let normalized = 0;
	for (const group of groups) {
		const joined = group.map((line) => line.text).join(' ');
		if (group.length > 1) unwrapped++;
		const paragraph = joined.normalize('NFC');
		if (paragraph !== joined) normalized++;
		for (const problem of textProblems(joined, '')) {
			if (!problem.message.includes('NFC')) problems.push(locate(group, problem.message)); // NFC is fixed above
		}
		paragraphs.push(paragraph);
		lines.push(group[0]?.number ?? 1);
	}
	return { paragraphs, lines, changes: { byteOrderMark, lineEnds, unwrapped, normalized }, problems };
}

// textProblems reports "at index N" of the joined paragraph; turn that into a line and column.
function locate(group: Line[], message: string): TextProblem {
	const index = Number(/at index (\d+)/.exec(message)?.[1] ?? 0);
	let offset = 0;
	for (const line of group) {
		if (index < offset + line.text.length + 1) {
			return { line: line.number, column: line.column + index - offset, message: message.replace(/ at index \d+/, '') };
		}
		offset += line.text.length + 1;
	}
	const first = group[0];
	return { line: first?.number ?? 1, column: first?.column ?? 1, message: message.replace(/ at index \d+/, '') };
}
