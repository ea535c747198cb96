// Keys are typed from the English file: a key that does not exist is a compile error, which
// `npm run check` (part of `npm test`) turns into a failed run.
import { expect, it } from 'vitest';
import { loadLocale, translator } from './i18n';

it('accepts known keys and rejects unknown ones at compile time', async () => {
	await loadLocale('en');
	const t = translator('en');
	expect(t('reader.sideBySide')).toBe('Side by side');
	// @ts-expect-error: not a key in locales/en.json
	expect(t('no.such.key')).toBe('no.such.key');
});
