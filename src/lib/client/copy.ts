// Copy the pair being read: both sides with the citation, one side only, or its link; as plain
// text and as rich text (built with DOM nodes from the citation's parts, never from an HTML string).
// Loaded the first time something is copied.
import { pairClip, type Clip } from '../document/citation';
import { loadLocale, translator } from '../i18n/i18n';
import { citationLabels } from '../reader/citation-labels';
import type { Reader } from './connect.svelte';
import { loadDocument } from './document';

/**
 * Copies for `what`: `pair` (both sides with the citation), `only:<tag>` (one side with the
 * citation), or `link` (the pair's permanent address).
 */
export async function copyFromReader(reader: Reader, what: string): Promise<void> {
	const pair = reader.currentPair();
	if (!pair) return;
	const permalink = new URL(`${reader.config.permalinkPath}#${pair.id}`, location.origin).href;
	if (what === 'link') {
		await write(reader, Promise.resolve({ text: permalink, html: null }));
		return;
	}
	const only = what.startsWith('only:') ? [what.slice(5)] : undefined;
	// The clipboard is asked at once, while the click still counts as the reader's own act; what
	// it receives (the document, the labels) may take a moment to arrive.
	const content = Promise.all([loadDocument(reader.config.documentUrl), loadLocale(reader.config.locale)]).then(([document]) => {
		const clip = pairClip(document, pair.id, {
			permalink,
			labels: citationLabels(reader.config.locale, translator(reader.config.locale)),
			...(only ? { languages: only } : {})
		});
		if (!clip) throw new Error(`no segment ${pair.id}`);
		return { text: clip.text, html: richText(clip) };
	});
	await write(reader, content);
}

async function write(reader: Reader, content: Promise<{ text: string; html: string | null }>): Promise<void> {
	try {
		if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
			const blob = (type: string, pick: (c: { text: string; html: string | null }) => string | null) =>
				content.then((c) => new Blob([pick(c) ?? c.text], { type }));
			await navigator.clipboard.write([
				new ClipboardItem({ 'text/plain': blob('text/plain', (c) => c.text), 'text/html': blob('text/html', (c) => c.html) })
			]);
		} else {
			await navigator.clipboard.writeText((await content).text);
		}
		reader.announce(reader.config.strings.copied);
	} catch {
		reader.announce(reader.config.strings.copyFailed);
	}
}

/** The clip as HTML for the clipboard: elements and text nodes, each with its own lang and dir. */
export function richText(clip: Clip): string {
	const container = document.createElement('div');
	for (const block of clip.blocks) {
		const paragraph = document.createElement(block.kind === 'heading' ? 'h3' : 'p');
		if (block.lang) paragraph.lang = block.lang;
		paragraph.dir = block.dir;
		for (const part of block.parts) {
			const element = document.createElement(part.href ? 'a' : part.kind === 'title' ? 'cite' : 'span');
			if (part.href) (element as HTMLAnchorElement).href = part.href;
			if (part.lang) element.lang = part.lang;
			element.dir = part.dir;
			element.textContent = part.text;
			paragraph.append(element);
		}
		container.append(paragraph);
	}
	return container.innerHTML;
}
