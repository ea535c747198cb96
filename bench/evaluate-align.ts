// Prints the aligner's precision, recall and F1 against the hand alignments, in more detail than
// `npm run bench:align`: the seed document and the gold cases under tests/fixtures/align, with the
// paragraph breaks as given and with every third break removed on one side; with the cues, on
// length alone, and the plain Gale–Church baseline; then how well the confidence picks out the
// links that are wrong (the review list); then what each cue adds, one turned off at a time, case
// by case. The figures go in docs/alignment.md.
// Run: npx tsx bench/evaluate-align.ts [--detail]
import { alignTexts, type AlignOptions } from '../src/lib/align/align.ts';
import { breakScenarios, evaluateAlignment, scenarioInput, sumEvaluations, type Evaluation, type GoldText, type Scores } from '../src/lib/align/evaluate.ts';
import { alignGaleChurch } from '../src/lib/align/gale-church.ts';
import { defaultReviewThreshold } from '../src/lib/align/import.ts';
import { loadGold } from '../tests/align-gold.ts';

const languages = { source: 'ar', target: 'en' };
type Variant = AlignOptions | 'gale-church';

function evaluate(text: GoldText, scenario: (typeof breakScenarios)[number], variant: Variant): Evaluation {
	const input = scenarioInput(text, scenario);
	const alignment = variant === 'gale-church' ? alignGaleChurch(input.source, input.target, languages) : alignTexts(input.source, input.target, languages, variant);
	return evaluateAlignment(text.gold, input, alignment, languages);
}

const cell = (s: Scores) => `${s.precision.toFixed(3)} / ${s.recall.toFixed(3)} / ${s.f1.toFixed(3)}`;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
	const { seed, cases } = loadGold();
	const groups: [string, GoldText[]][] = [
		['seed document (Kayhan article, hand-aligned)', [seed]],
		[`own gold texts (${cases.length} cases)`, cases]
	];
	const variants: [string, Variant][] = [
		['length + cues', {}],
		['length only', { useCues: false }],
		['Gale–Church baseline', 'gale-church']
	];
	console.log('Cells: precision / recall / F1. Links with null: a sentence with no counterpart is a link to nothing.');
	for (const [label, texts] of groups) {
		console.log(`\n${label}`);
		console.log('| input | aligner | paragraph beads | sentence beads | sentence links | links with null | traps right |');
		console.log('| --- | --- | --- | --- | --- | --- | --- |');
		for (const scenario of breakScenarios) {
			for (const [variant, options] of variants) {
				const results = texts.map((text) => evaluate(text, scenario, options));
				const total = sumEvaluations(results);
				console.log(
					`| ${scenario} | ${variant} | ${cell(total.paragraphs.beads)} | ${cell(total.sentences.beads)} | ${cell(total.sentences.links)} | ${cell(total.sentences.nullLinks)} | ${total.traps.right}/${total.traps.total} |`
				);
				if (process.argv.includes('--detail') && options !== 'gale-church') {
					texts.forEach((text, k) => {
						const r = results[k] as Evaluation;
						if (r.sentences.nullLinks.f1 < 1) console.log(`|   ${text.name} | | | ${cell(r.sentences.beads)} | | ${cell(r.sentences.nullLinks)} | ${r.traps.right}/${r.traps.total} |`);
					});
				}
			}
		}
	}

	// Confidence as a review signal: which links the review list holds at each threshold.
	const norm = (text: string) => text.replace(/\s+/gu, ' ').trim();
	const links: { confidence: number; right: boolean; oneToOne: boolean }[] = [];
	for (const text of [seed, ...cases]) {
		const gold = new Set(text.gold.flat().map((pair) => `${norm(pair.source)}|${norm(pair.target)}`));
		for (const block of alignTexts(text.source, text.target, languages).blocks) {
			for (const pair of block.segments) {
				links.push({
					confidence: pair.confidence,
					right: gold.has(`${norm(pair.source.text)}|${norm(pair.target.text)}`),
					oneToOne: pair.source.sentences === 1 && pair.target.sentences === 1
				});
			}
		}
	}
	const wrong = links.filter((link) => !link.right).length;
	console.log(`\nReview list on all gold texts as given (${links.length} links, ${wrong} not exactly as in the gold): every link that is not 1:1, and every link under the threshold.`);
	console.log('| threshold | links listed | wrong links listed | 1:1 links listed for their confidence |');
	console.log('| --- | --- | --- | --- |');
	for (const threshold of [0.5, 0.6, 0.7, 0.8, 0.9]) {
		const listed = links.filter((link) => !link.oneToOne || link.confidence < threshold);
		console.log(
			`| ${threshold}${threshold === defaultReviewThreshold ? ' (default)' : ''} | ${listed.length} (${((100 * listed.length) / links.length).toFixed(0)} %) | ${listed.filter((link) => !link.right).length}/${wrong} | ${listed.filter((link) => link.oneToOne).length} |`
		);
	}

	// What each cue adds: every text of nine sentences or more, as given, one thing turned off at a time.
	const ablations: [string, AlignOptions][] = [
		['default', {}],
		['no lexicon', { lexicon: false }],
		['no dictionary learnt from the text', { learnDictionary: false }],
		['no lexicon and no learnt dictionary', { lexicon: false, learnDictionary: false }],
		['no number words, days, months, labels', { calendarWords: false }],
		['no names', { keyKinds: ['numbers', 'latin', 'words'] }],
		['no bracket (note) discount', { cues: { aside: 0 } }],
		['no crossing a one-sided break', { breakCost: Infinity }],
		['no cost for an uneven break', { unevenBreakCost: 0 }],
		["Gale and Church's cost for a skipped unit", { skipCost: -1 }],
		['length only (no cues at all)', { useCues: false }]
	];
	const long = [seed, ...cases].filter((text) => text.gold.flat().length >= 9);
	console.log(`\nWhat each cue adds (links with null, F1; traps right; ${long.length} texts of nine links or more, as given):`);
	console.log(`| variant | ${long.map((text) => text.name.replace(/-written-for-these-tests$/u, '')).join(' | ')} | traps | mean F1 |`);
	console.log(`| --- | ${long.map(() => '---').join(' | ')} | --- | --- |`);
	for (const [label, options] of ablations) {
		const results = long.map((text) => evaluate(text, 'as given', options));
		const traps = results.reduce((n, r) => n + r.traps.right, 0);
		const total = results.reduce((n, r) => n + r.traps.total, 0);
		const mean = results.reduce((sum, r) => sum + r.sentences.nullLinks.f1, 0) / results.length;
		console.log(`| ${label} | ${results.map((r) => r.sentences.nullLinks.f1.toFixed(3)).join(' | ')} | ${traps}/${total} | ${mean.toFixed(3)} |`);
	}
}
