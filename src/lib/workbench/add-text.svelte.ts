// The "Add a text" page's state: two texts (pasted or chosen as files), their languages (told
// from the script until the person chooses), the optional details, and one job at a time in the
// align worker with its progress and a way to cancel it. When the job is done the result is kept
// in the store; if storage fails the result stays here, to be read or downloaded all the same.
import type { ImportNote } from '../align/import';
import type { SourceInfo, TranslationCredit, TranslationMethod } from '../document/types';
import { detectLanguage, type Detection } from '../text/script';
import { isAbort, runJob } from './align-client';
import type { InspectResult, OpenedFormat, TextInput } from './jobs';
import { problemsOf, type TextSide, type WorkbenchProblem } from './problems';
import { textStore } from './store';
import type { PreparedDocument, ReviewEntry, TextOrigin, TextSummary } from './texts';

/** A file chosen for one of the texts, read in the worker to tell its encoding and language. */
export interface ChosenFile {
	name: string;
	size: number;
	bytes: Uint8Array;
	/** The encoding the person chose after being told the file is not UTF-8. */
	encoding?: string;
	inspected?: InspectResult & { kind: 'text' };
}

/** Texts read for their language: a sample is enough, and keeps typing fast in a long paste. */
const detectionSample = 20_000;

/** One of the two texts. */
export class TextEntry {
	readonly side: TextSide;
	text = $state('');
	file = $state.raw<ChosenFile | null>(null);
	/** The language tag chosen, or detected and not yet changed. */
	language = $state('');
	/** True once the person chose the language: detection no longer changes it. */
	chosen = $state(false);
	detection = $state.raw<Detection | null>(null);
	title = $state('');
	/** True while the chosen file is being read. */
	reading = $state(false);

	constructor(side: TextSide) {
		this.side = side;
	}

	/** True when this text has something to align. */
	get filled(): boolean {
		return this.file !== null || this.text.trim() !== '';
	}

	/** Tells the language of the pasted text from its script (a sample of it). */
	detect(): void {
		if (this.file) return;
		const sample = this.text.slice(0, detectionSample);
		this.setDetection(sample.trim() === '' ? null : detectLanguage(sample));
	}

	setDetection(detection: Detection | null): void {
		this.detection = detection;
		if (!this.chosen && detection?.kind === 'language') this.language = detection.tag;
	}

	/** Drops the chosen file: the pasted text (if any) counts again. */
	clearFile(): void {
		this.file = null;
		this.detection = null;
		this.detect();
	}

	choose(language: string): void {
		this.language = language;
		this.chosen = true;
	}

	/** What the worker is given for this text. */
	input(): TextInput {
		return this.file ? { name: this.file.name, bytes: this.file.bytes, ...(this.file.encoding ? { encoding: this.file.encoding } : {}) } : { text: this.text };
	}
}

export interface Details {
	publisher: string;
	site: string;
	url: string;
	translator: string;
	method: TranslationMethod | '';
	translationDate: string;
}

/** What the page shows once a job is done. */
export interface AddResult {
	/** The document as JSON text and what the page shows of it: the page never holds its objects. */
	prepared: PreparedDocument;
	origin: TextOrigin;
	review: ReviewEntry[];
	notes: ImportNote[];
	/** Set once the text is kept in the store. */
	summary?: TextSummary;
	/** Why it could not be kept, when it could not. */
	storage?: WorkbenchProblem;
}

export type Phase = 'editing' | 'working' | 'done';

export class AddText {
	readonly original = new TextEntry('original');
	readonly translation = new TextEntry('translation');
	details = $state<Details>({ publisher: '', site: '', url: '', translator: '', method: '', translationDate: '' });
	phase = $state<Phase>('editing');
	/** What the job in progress is doing: aligning, or opening the named file. */
	task = $state.raw<{ kind: 'align' } | { kind: 'open'; name: string } | null>(null);
	/** Share of the work done, 0 to 1; null before the worker says. */
	progress = $state<number | null>(null);
	problems = $state.raw<WorkbenchProblem[]>([]);
	result = $state.raw<AddResult | null>(null);
	/** Said once, politely, after a cancel. */
	cancelled = $state(false);
	#abort: AbortController | null = null;
	/** Files refused as they were read, by name, to be read again in another encoding (not state: nothing shows it). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#refused = new Map<string, { side: TextSide; file: File }>();

	entry(side: TextSide): TextEntry {
		return side === 'original' ? this.original : this.translation;
	}

	/**
	 * Takes a file for one of the texts. A Muqabala document or TMX file is opened as such instead
	 * (resolves to 'opened'); a file that cannot be read shows its problem.
	 */
	async chooseFile(side: TextSide, file: File, encoding?: string): Promise<'text' | 'opened' | 'refused'> {
		const entry = this.entry(side);
		this.problems = [];
		this.cancelled = false;
		entry.reading = true;
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			const inspected = await runJob('inspect', { name: file.name, bytes, ...(encoding ? { encoding } : {}) });
			if (inspected.kind !== 'text') {
				entry.reading = false;
				await this.open(file, bytes);
				return 'opened';
			}
			entry.file = { name: file.name, size: file.size, bytes, inspected, ...(encoding ? { encoding } : {}) };
			entry.setDetection(inspected.detection);
			return 'text';
		} catch (error) {
			this.problems = problemsOf(error);
			this.#refused.set(file.name, { side, file }); // for "read it as…"
			return 'refused';
		} finally {
			entry.reading = false;
		}
	}

	/** Reads the file named `name` that was refused (not UTF-8) again, as `encoding`. */
	async readAs(name: string, encoding: string): Promise<void> {
		const refused = this.#refused.get(name);
		if (refused) await this.chooseFile(refused.side, refused.file, encoding);
	}

	/** Aligns the two texts in the worker and keeps the result. */
	async align(options: { allowUneven?: boolean } = {}): Promise<void> {
		// A text pasted a moment ago may not have been read for its language yet.
		this.original.detect();
		this.translation.detect();
		const source: SourceInfo = {};
		const { publisher, site, url, translator, method, translationDate } = this.details;
		if (publisher.trim()) source.publisher = publisher.trim();
		if (site.trim()) source.site = site.trim();
		if (url.trim()) source.url = url.trim();
		const credit: TranslationCredit = {};
		if (translator.trim()) credit.by = translator.trim();
		if (method) credit.method = method;
		if (translationDate) credit.date = translationDate;
		await this.#run({ kind: 'align' }, async (signal) => {
			const result = await runJob(
				'align',
				{
					original: this.original.input(),
					translation: this.translation.input(),
					from: this.original.language,
					to: this.translation.language,
					titles: { original: this.original.title, translation: this.translation.title },
					source,
					credit,
					...(options.allowUneven ? { allowUneven: true } : {})
				},
				{ signal, onProgress: (done, total) => (this.progress = total > 0 ? done / total : null) }
			);
			return { prepared: result.prepared, origin: 'import', review: result.review, notes: result.notes };
		});
	}

	/** Opens a Muqabala document or a TMX file in the worker and keeps it. */
	async open(file: File, bytes?: Uint8Array): Promise<void> {
		await this.#run({ kind: 'open', name: file.name }, async (signal) => {
			const data = bytes ?? new Uint8Array(await file.arrayBuffer());
			const opened = await runJob('open', { name: file.name, bytes: data }, { signal });
			return { prepared: opened.prepared, origin: originOf(opened.format), review: [], notes: [] };
		});
	}

	/** Stops the job in progress; nothing is kept. */
	cancel(): void {
		this.#abort?.abort();
	}

	/** Back to an empty form, for another text. */
	reset(): void {
		for (const entry of [this.original, this.translation]) {
			entry.text = '';
			entry.file = null;
			entry.title = '';
			entry.detection = null;
			entry.chosen = false;
			entry.language = '';
		}
		this.result = null;
		this.problems = [];
		this.phase = 'editing';
	}

	async #run(task: NonNullable<AddText['task']>, work: (signal: AbortSignal) => Promise<AddResult>): Promise<void> {
		this.#abort?.abort();
		const abort = new AbortController();
		this.#abort = abort;
		this.problems = [];
		this.cancelled = false;
		this.result = null;
		this.progress = null;
		this.task = task;
		this.phase = 'working';
		try {
			const result = await work(abort.signal);
			// Kept before it is shown: "kept in My texts" is only said once it is true.
			try {
				const store = await textStore();
				result.summary = await store.add(result.prepared, { origin: result.origin, review: result.review });
			} catch (error) {
				result.storage = problemsOf(error)[0];
			}
			this.result = result;
			this.phase = 'done';
		} catch (error) {
			if (isAbort(error)) this.cancelled = true;
			else this.problems = problemsOf(error);
			this.phase = 'editing';
		} finally {
			if (this.#abort === abort) this.#abort = null;
			this.task = null;
		}
	}
}

function originOf(format: OpenedFormat): TextOrigin {
	return format === 'tmx' ? 'tmx' : 'json';
}
