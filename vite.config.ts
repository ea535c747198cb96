import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['translations', 'static/schema'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'cli/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
