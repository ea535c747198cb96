import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.test-build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', '.bench/', '.scratch/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// Document text is data: it must never be rendered as markup.
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
			// replaceState here only rewrites the current page's query and #pair (shallow routing),
			// so there is no route to resolve; links and goto() still go through resolve().
			'svelte/no-navigation-without-resolve': ['error', { ignoreReplaceState: true }]
		}
	},
	{
		files: ['src/lib/reader/boot.js'],
		rules: { 'no-var': 'off' }
	}
);
