// A progress bar on stderr, only where someone is watching (a terminal) and only for long work;
// piped or redirected output never gets escape codes.
import { SingleBar } from 'cli-progress';
import type { Io } from './io';

export interface Progress {
	update(done: number, total: number, label?: string): void;
	stop(): void;
}

const silent: Progress = { update: () => {}, stop: () => {} };

/** A bar when `io.stderr` is a terminal and `size` reaches `threshold`; otherwise nothing. */
export function progressFor(io: Io, size: number, threshold: number): Progress {
	if (!io.stderr.isTTY || size < threshold) return silent;
	const bar = new SingleBar({
		stream: io.stderr as NodeJS.WritableStream,
		format: '{label} [{bar}] {percentage}% | {value}/{total}',
		hideCursor: true,
		clearOnComplete: true
	});
	let started = false;
	return {
		update(done, total, label = '') {
			if (!started) {
				bar.start(total, done, { label });
				started = true;
			} else {
				bar.setTotal(total);
				bar.update(done, { label });
			}
		},
		stop() {
			if (started) bar.stop();
		}
	};
}
