// The align worker: the page's heavy work (aligning, validating, reading TMX, writing exports) off
// the main thread, so the page answers while a book is aligned. One job per worker: the page
// cancels a job by terminating its worker. The work itself is in ./jobs.ts.
/// <reference lib="webworker" />
import { alignTexts, inspectText, openDocument, realignKept, writeExport } from './jobs';
import { problemsOf } from './problems';
import type { WorkerMessage, WorkerRequest } from './protocol';
import { prepareDocument } from './texts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage) => scope.postMessage(message);

/** At most one progress message per this many milliseconds: the page repaints a bar, no more. */
const progressInterval = 50;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const message = event.data;
	let last = 0;
	const progress = (done: number, total: number) => {
		const now = performance.now();
		if (now - last < progressInterval && done < total) return;
		last = now;
		post({ type: 'progress', done, total });
	};
	try {
		let result: unknown;
		// Documents go back as JSON text: the page copies one string instead of a book's objects.
		if (message.job === 'inspect') result = inspectText(message.request);
		else if (message.job === 'align') {
			const { document, ...rest } = alignTexts(message.request, progress);
			result = { ...rest, prepared: prepareDocument(document) };
		} else if (message.job === 'open') {
			const { document, format } = openDocument(message.request);
			result = { prepared: prepareDocument(document), format };
		} else if (message.job === 'realign') result = { prepared: realignKept(message.request.json) };
		else result = writeExport(message.request.json, message.request.format, message.request.schemaUrl);
		post({ type: 'done', result });
	} catch (error) {
		post({ type: 'failed', problems: problemsOf(error) });
	}
};
