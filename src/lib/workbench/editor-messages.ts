// What the editor says after each action, in the interface's words: the edit made, undone or
// refused (and why), the result of re-aligning. Plain functions of the editor's news.
import type { HistoryEdit } from '../document/edit';
import type { Translate } from '../i18n/i18n';
import type { UiLocale } from '../i18n/locales';
import type { EditorNews } from './editor.svelte';
import { describeProblem } from './messages';

/** The kind of an edit as undo and redo name it ("merge", "mark checked"). */
function editKind(edit: HistoryEdit): 'merge' | 'split' | 'move' | 'check' | 'uncheck' | 'realign' {
	return edit.kind === 'check' ? (edit.checked ? 'check' : 'uncheck') : edit.kind;
}

/** The edit's name, for the Undo and Redo buttons ("Undo: merge"). */
export function editName(edit: HistoryEdit, t: Translate): string {
	return t(`editor.edits.${editKind(edit)}`);
}

/**
 * What the last action did, as one sentence. `languageOf` names a language tag in the interface
 * language (for refusals about one side: "The Arabic side is empty").
 */
export function describeNews(news: EditorNews, t: Translate, locale: UiLocale, languageOf: (tag: string) => string): string {
	switch (news.kind) {
		case 'done': {
			const kind = editKind(news.edit);
			return kind === 'realign' ? t('editor.news.realignedNothing') : t(`editor.news.${kind}`);
		}
		case 'undone':
			return t('editor.news.undone', { edit: editName(news.edit, t) });
		case 'redone':
			return t('editor.news.redone', { edit: editName(news.edit, t) });
		case 'refused': {
			const language = news.refusal.lang ? languageOf(news.refusal.lang) : '';
			return t(`editor.refusal.${news.refusal.code}`, { language });
		}
		case 'realigned':
			return news.changed === 0 ? t('editor.news.realignedNothing') : t('editor.news.realigned', { count: news.changed });
		case 'realign-failed':
			return t('editor.news.realignFailed', { reason: describeProblem(news.problem, t, locale).message });
	}
}
