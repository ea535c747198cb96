// Correcting the alignment of a text kept in the browser: the edits of ../document/edit.ts with
// their undo history, what the editor's controls show (can undo, what was done, whether it is kept),
// and keeping every change in the browser's storage as it happens. Each edit shows at once; saving
// follows in order, the latest version last, so a reload always finds the last edit.
import { EditHistory, type Edit, type EditOutcome, type HistoryEdit, type Refusal } from '../document/edit';
import type { AlignedDocument } from '../document/types';
import { runJob, isAbort } from './align-client';
import type { LocalText } from './local-text.svelte';
import { problemsOf, type WorkbenchProblem } from './problems';

/** The segment the editor acts on, as its controls show it. */
export interface EditorPair {
	id: string;
	/** Its number as the gutter shows it. */
	number: string;
	/** original:translation, when not 1:1. */
	shape?: string;
	checked: boolean;
	/** Sentences in each language, the original first. */
	sides: { tag: string; name: string; sentences: number }[];
}

export type SaveState = 'saved' | 'saving' | 'failed';

/** What the last action did, for the editor to say: an edit made, undone or redone, or refused. */
export type EditorNews =
	| { kind: 'done'; edit: HistoryEdit }
	| { kind: 'undone' | 'redone'; edit: HistoryEdit }
	| { kind: 'refused'; edit: Edit; refusal: Refusal }
	| { kind: 'realigned'; changed: number }
	| { kind: 'realign-failed'; problem: WorkbenchProblem };

export class Editor {
	readonly #history: EditHistory;
	readonly #text: LocalText;
	/** Counts the history's moves: what is read from the history below follows it. */
	#version = $state(0);
	/** The pair the last action was about, to show and give focus to. */
	focus = $state<string | null>(null);
	news = $state.raw<EditorNews | null>(null);
	saveState = $state<SaveState>('saved');
	saveProblem = $state.raw<WorkbenchProblem | null>(null);
	realigning = $state(false);
	#realign: AbortController | null = null;
	#pending = false;
	#saving: Promise<void> | null = null;

	/** Corrects `text`, which must be loaded. */
	constructor(text: LocalText) {
		if (!text.text) throw new Error('the text is not loaded');
		this.#text = text;
		this.#history = new EditHistory(text.text.document);
	}

	/** The document as corrected so far. */
	get document(): AlignedDocument {
		void this.#version;
		return this.#history.document;
	}

	get canUndo(): boolean {
		void this.#version;
		return this.#history.canUndo;
	}

	get canRedo(): boolean {
		void this.#version;
		return this.#history.canRedo;
	}

	/** The edit undo would take back, to name the button. */
	get nextUndo(): HistoryEdit | undefined {
		void this.#version;
		return this.#history.nextUndo;
	}

	/** The edit redo would make again. */
	get nextRedo(): HistoryEdit | undefined {
		void this.#version;
		return this.#history.nextRedo;
	}

	/** The pair with this id as it is now, or undefined. */
	segment(id: string) {
		void this.#version;
		return this.#history.index.segment(id);
	}

	/** Makes `edit`; shows and keeps the result, or says why it cannot be made. */
	apply(edit: Edit): EditOutcome {
		const before = this.#history.document;
		const result = this.#history.apply(edit);
		if (!result.ok) {
			this.news = { kind: 'refused', edit, refusal: result.refusal };
			return result;
		}
		this.news = { kind: 'done', edit };
		if (result.document !== before) this.#changed(result.focus);
		else this.focus = result.focus;
		return result;
	}

	undo(): boolean {
		const move = this.#history.undo();
		if (!move) return false;
		this.news = { kind: 'undone', edit: move.step.edit };
		this.#changed(move.focus);
		return true;
	}

	redo(): boolean {
		const move = this.#history.redo();
		if (!move) return false;
		this.news = { kind: 'redone', edit: move.step.edit };
		this.#changed(move.focus);
		return true;
	}

	/**
	 * Aligns every unchecked pair again in the align worker, the checked ones fixed; one step that
	 * undo takes back. `focus`: the pair to show afterwards (if it still exists).
	 */
	async realignRest(focus: string | null): Promise<void> {
		if (this.realigning) return;
		this.realigning = true;
		this.#realign = new AbortController();
		const before = this.document;
		try {
			const { prepared } = await runJob('realign', { json: JSON.stringify(before) }, { signal: this.#realign.signal });
			if (this.document !== before) return; // edited meanwhile: the result is about an older version
			const realigned = JSON.parse(prepared.json) as AlignedDocument;
			const step = this.#history.replaceAll(realigned, focus ?? '');
			const changed = step ? countChanged(before, this.#history.document) : 0;
			this.news = { kind: 'realigned', changed };
			if (step) {
				const target = focus && this.#history.index.has(focus) ? focus : firstId(this.#history.document);
				this.#changed(target);
			}
		} catch (error) {
			if (!isAbort(error)) this.news = { kind: 'realign-failed', problem: problemsOf(error)[0]! };
		} finally {
			this.realigning = false;
			this.#realign = null;
		}
	}

	/** Stops a re-alignment under way; nothing changes. */
	cancelRealign(): void {
		this.#realign?.abort();
	}

	/** Resolves when everything shown is kept (or keeping it failed). */
	async saved(): Promise<void> {
		while (this.#saving) await this.#saving;
	}

	#changed(focus: string): void {
		this.#version++;
		this.focus = focus;
		this.#text.show(this.#history.document);
		this.#pending = true;
		this.saveState = 'saving';
		this.#saving ??= this.#drain();
	}

	// Keeps the latest version, one write at a time; versions made during a write are skipped for
	// the newest one.
	async #drain(): Promise<void> {
		while (this.#pending) {
			this.#pending = false;
			const document = this.#history.document;
			try {
				await this.#text.persist(document);
				this.saveProblem = null;
				if (!this.#pending) this.saveState = 'saved';
			} catch (error) {
				this.saveProblem = problemsOf(error)[0] ?? null;
				this.saveState = 'failed';
			}
		}
		this.#saving = null;
	}
}

/** How many pairs of `after` are not in `before` as they were (the same id and texts). */
function countChanged(before: AlignedDocument, after: AlignedDocument): number {
	const old = new Map(before.blocks.flatMap((block) => block.segments).map((segment) => [segment.id, segment]));
	let changed = 0;
	for (const block of after.blocks) {
		for (const segment of block.segments) {
			const was = old.get(segment.id);
			if (!was || JSON.stringify(was.text) !== JSON.stringify(segment.text)) changed++;
		}
	}
	return changed;
}

function firstId(document: AlignedDocument): string {
	return document.blocks[0]?.segments[0]?.id ?? '';
}
