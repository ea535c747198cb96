// What a key does in the reader. A plain function of the key and where focus is, so it is tested
// without a browser; the reader's script acts on the answer.

export type KeyAction =
	| { kind: 'move'; steps: number }
	| { kind: 'search' }
	| { kind: 'copy' }
	| { kind: 'release' }
	| { kind: 'none' };

export interface KeyContext {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** Focus is in a field, button or anything else that takes keys itself. */
	typing: boolean;
	/** Focus is on a pair. */
	onPair: boolean;
}

/** j/k anywhere; arrows, Home and End once a pair has focus; / searches; c copies; Escape lets go. */
export function keyAction(context: KeyContext): KeyAction {
	const { key } = context;
	if (context.altKey || context.ctrlKey || context.metaKey || context.typing) return { kind: 'none' };
	if (key === 'j' || (context.onPair && key === 'ArrowDown')) return { kind: 'move', steps: 1 };
	if (key === 'k' || (context.onPair && key === 'ArrowUp')) return { kind: 'move', steps: -1 };
	if (context.onPair && key === 'Home') return { kind: 'move', steps: -Infinity };
	if (context.onPair && key === 'End') return { kind: 'move', steps: Infinity };
	if (key === '/') return { kind: 'search' };
	if (key === 'c') return { kind: 'copy' };
	if (context.onPair && key === 'Escape') return { kind: 'release' };
	return { kind: 'none' };
}

/** True when `target` takes keys itself (a field, a button, an editable element). */
export function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(target.tagName);
}
