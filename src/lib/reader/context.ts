// The reader's state, shared with the components of one reader page.
import { createContext } from 'svelte';
import type { ReaderState } from './reader-state.svelte';

export const [getReader, setReader] = createContext<ReaderState>();
