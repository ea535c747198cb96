// The build's last step: reader pages' unused data dropped, every text file precompressed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressAsWritten, precompress, removeReaderData } from '../../scripts/finish-build.js';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'muqabala-site-'));
	folders.push(root);
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(root, name, '..'), { recursive: true });
		writeFileSync(join(root, name), content);
	}
	return root;
}

describe('finishing the build', () => {
	it('drops the data of reader pages only, with the folders that held nothing else', async () => {
		const root = site({
			'en/read/doc/__data.json': '{}',
			'ar/read/doc/3/__data.json': '{}',
			'en/__data.json': '{}',
			'en/texts/__data.json': '{}',
			'en/read/doc.html': '<p>x</p>'
		});
		expect(await removeReaderData(root)).toBe(2);
		expect(existsSync(join(root, 'en/read/doc'))).toBe(false);
		expect(existsSync(join(root, 'ar/read/doc/3'))).toBe(false);
		expect(existsSync(join(root, 'en/__data.json'))).toBe(true);
		expect(existsSync(join(root, 'en/texts/__data.json'))).toBe(true);
		expect(existsSync(join(root, 'en/read/doc.html'))).toBe(true);
	});

	it('writes brotli and gzip beside every text file, each giving the file back, and leaves fonts alone', async () => {
		const big = '<p lang="ar">نص طويل</p>\n'.repeat(20_000); // larger than the maximum-quality limit
		const root = site({ 'a.html': '<p>small</p>', 'big.html': big, '_app/x.js': 'export const x = 1;', 'font.woff2': 'binary' });
		expect(await precompress(root)).toBe(3);
		for (const name of ['a.html', 'big.html', '_app/x.js']) {
			const original = readFileSync(join(root, name));
			expect(brotliDecompressSync(readFileSync(join(root, `${name}.br`))).equals(original), `${name}.br`).toBe(true);
			expect(gunzipSync(readFileSync(join(root, `${name}.gz`))).equals(original), `${name}.gz`).toBe(true);
		}
		expect(readFileSync(join(root, 'big.html.br')).length).toBeLessThan(big.length / 20);
		expect(existsSync(join(root, 'font.woff2.br'))).toBe(false);
	});

	it('compresses pages as they are prerendered, and never serves an early result for content that changed since', async () => {
		const prerendered = site({});
		compressAsWritten(prerendered);
		writeFileSync(join(prerendered, 'kept.html'), '<p>kept as prerendered</p>');
		writeFileSync(join(prerendered, 'changed.html'), '<p>as prerendered</p>');
		// Taken once a file has not changed between two looks, half a second apart.
		await new Promise((done) => setTimeout(done, 1600));
		// The adapter copies the pages out; one has been rewritten on the way.
		const out = site({ 'kept.html': '<p>kept as prerendered</p>', 'changed.html': '<p>rewritten after prerendering</p>' });
		expect(await precompress(out)).toBe(2);
		for (const name of ['kept.html', 'changed.html']) {
			const original = readFileSync(join(out, name));
			expect(brotliDecompressSync(readFileSync(join(out, `${name}.br`))).equals(original), `${name}.br`).toBe(true);
			expect(gunzipSync(readFileSync(join(out, `${name}.gz`))).equals(original), `${name}.gz`).toBe(true);
		}
		// The next build in this process starts afresh.
		compressAsWritten(prerendered);
		expect(await precompress(site({ 'a.html': '<p>a</p>' }))).toBe(1);
	});
});
