// The page's side of the align worker: a job in, a promise out, progress on the way, and
// cancelling by AbortSignal (the worker is terminated: alignment is one synchronous computation
// that cannot be interrupted otherwise). A new worker per job, so a cancelled or failed one leaves
// nothing behind.
import { WorkbenchError } from './problems';
import type { JobName, Jobs, WorkerMessage, WorkerRequest } from './protocol';

export interface JobOptions {
	onProgress?: (done: number, total: number) => void;
	signal?: AbortSignal;
}

/** Runs `job` in a new worker; rejects with a WorkbenchError, or an AbortError when cancelled. */
export function runJob<J extends JobName>(job: J, request: Jobs[J]['request'], options: JobOptions = {}): Promise<Jobs[J]['result']> {
	const { signal, onProgress } = options;
	if (signal?.aborted) return Promise.reject(abortError());
	return new Promise((resolve, reject) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./align.worker.ts', import.meta.url), { type: 'module', name: 'muqabala-align' });
		} catch (error) {
			reject(new WorkbenchError([{ code: 'internal', detail: `the align worker could not start: ${String(error)}` }]));
			return;
		}
		const finish = () => {
			worker.terminate();
			signal?.removeEventListener('abort', abort);
		};
		const abort = () => {
			finish();
			reject(abortError());
		};
		signal?.addEventListener('abort', abort, { once: true });
		worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
			const message = event.data;
			if (message.type === 'progress') {
				onProgress?.(message.done, message.total);
				return;
			}
			finish();
			if (message.type === 'done') resolve(message.result as Jobs[J]['result']);
			else reject(new WorkbenchError(message.problems));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			finish();
			reject(new WorkbenchError([{ code: 'internal', detail: `the align worker failed: ${event.message || 'it could not be loaded'}` }]));
		};
		worker.postMessage({ job, request } as WorkerRequest);
	});
}

function abortError(): DOMException {
	return new DOMException('cancelled', 'AbortError');
}

/** True for the error a cancelled job rejects with. */
export function isAbort(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}
