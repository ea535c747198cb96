// Computes @font-face overrides for the fallback faces in src/lib/styles/fonts.css, so text laid
// out in a fallback font before the web font arrives takes the same room: same advance width for
// our actual text (size-adjust) and the same ascent and descent. Run: npx tsx bench/font-metrics.ts
import { existsSync, readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

interface Face {
	name: string;
	file: string;
}

const naskh = 'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic';
const serif = 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin';
const dejavu = '/usr/share/fonts/truetype/dejavu';
const core = '/usr/share/fonts/truetype/msttcorefonts';

// Each shipped face (regular and the bold weight headings and highlights use) and the local fonts
// a reader's system may have at that weight; those present on this machine are measured.
const pairs: { script: 'arabic' | 'latin'; web: Face; fallbacks: Face[] }[] = [
	{
		script: 'arabic',
		web: { name: 'Noto Naskh Arabic 400', file: `${naskh}-400-normal.woff2` },
		fallbacks: [
			{ name: 'DejaVu Sans', file: `${dejavu}/DejaVuSans.ttf` },
			{ name: 'Arial', file: `${core}/Arial.ttf` },
			{ name: 'Tahoma', file: `${core}/tahoma.ttf` }
		]
	},
	{
		script: 'arabic',
		web: { name: 'Noto Naskh Arabic 700', file: `${naskh}-700-normal.woff2` },
		fallbacks: [{ name: 'DejaVu Sans Bold', file: `${dejavu}/DejaVuSans-Bold.ttf` }]
	},
	{
		script: 'latin',
		web: { name: 'Source Serif 4 400', file: `${serif}-400-normal.woff2` },
		fallbacks: [
			{ name: 'DejaVu Serif', file: `${dejavu}/DejaVuSerif.ttf` },
			{ name: 'Georgia', file: `${core}/Georgia.ttf` },
			{ name: 'Times New Roman', file: `${core}/Times_New_Roman.ttf` }
		]
	},
	{
		script: 'latin',
		web: { name: 'Source Serif 4 600', file: `${serif}-600-normal.woff2` },
		fallbacks: [{ name: 'DejaVu Serif Bold', file: `${dejavu}/DejaVuSerif-Bold.ttf` }]
	}
];

const documentText = JSON.parse(readFileSync('translations/kayhan-2017-11-19-albukamal.json', 'utf8')) as {
	blocks: { segments: { text: Record<string, string> }[] }[];
};
const sample = {
	arabic: documentText.blocks.flatMap((b) => b.segments.map((s) => s.text.ar ?? '')).join(' '),
	latin: documentText.blocks.flatMap((b) => b.segments.map((s) => s.text.en ?? '')).join(' ')
};

function open(file: string): fontkit.Font {
	const font = fontkit.openSync(file);
	return 'fonts' in font ? (font.fonts[0] as fontkit.Font) : (font as fontkit.Font);
}

/** Width of `text` set in `font`, in ems (shaped, so Arabic joining forms count). */
function width(font: fontkit.Font, text: string): number {
	return font.layout(text).advanceWidth / font.unitsPerEm;
}

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

for (const { script, web: face, fallbacks } of pairs) {
	const web = open(face.file);
	const webWidth = width(web, sample[script]);
	console.log(`\n${face.name}: ascent ${web.ascent}, descent ${web.descent}, lineGap ${web.lineGap}, unitsPerEm ${web.unitsPerEm}`);
	for (const fallback of fallbacks) {
		if (!existsSync(fallback.file)) {
			console.log(`  ${fallback.name}: not on this machine`);
			continue;
		}
		const local = open(fallback.file);
		const sizeAdjust = webWidth / width(local, sample[script]);
		// Overrides are fractions of the *adjusted* size, hence the division by size-adjust.
		console.log(
			`  ${fallback.name}: size-adjust: ${percent(sizeAdjust)}; ascent-override: ${percent(web.ascent / web.unitsPerEm / sizeAdjust)}; ` +
				`descent-override: ${percent(Math.abs(web.descent) / web.unitsPerEm / sizeAdjust)}; line-gap-override: ${percent(web.lineGap / web.unitsPerEm / sizeAdjust)};`
		);
	}
}
