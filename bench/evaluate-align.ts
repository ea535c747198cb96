// Prints the aligner's precision, recall and F1 against the hand alignments: the seed document and
// the gold cases under tests/fixtures/align, with the paragraph breaks as given and with every
// third break removed on one side; with and without the cues. The figures go in docs/alignment.md.
// Run: npx tsx bench/evaluate-align.ts [--detail]
import { alignTexts, type AlignOptions } from '../src/lib/align/align.ts';
import {
	breakScenarios,
	evaluateAlignment,
	scenarioInput,
	sumEvaluations,
	type Evaluation,
	type GoldText,
	type Scores
} from '../src/lib/align/evaluate.ts';
import { loadGold } from '../tests/align-gold.ts';

const languages = { source: 'ar', target: 'en' };

function evaluate(text: GoldText, scenario: (typeof breakScenarios)[number], options: AlignOptions): Evaluation {
	const input = scenarioInput(text, scenario);
	return evaluateAlignment(text.gold, input, alignTexts(input.source, input.target, languages, options), languages);
}

const cell = (s: Scores) => `${s.precision.toFixed(3)} ${s.recall.toFixed(3)} ${s.f1.toFixed(3)} (${s.correct}/${s.predicted}/${s.gold})`;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
	const { seed, cases } = loadGold();
	const groups: [string, GoldText[]][] = [
		['seed document (Kayhan article, hand-aligned)', [seed]],
		[`own gold texts (${cases.length} cases)`, cases]
	];
	const variants: [string, AlignOptions][] = [
		['length + cues', {}],
		['length only', { useCues: false }]
	];
	console.log('Each cell: precision recall F1 (correct/predicted/gold).');
	for (const [label, texts] of groups) {
		for (const [variant, options] of variants) {
			console.log(`\n${label} — ${variant}`);
			console.log('| input | paragraph beads | paragraph links | sentence beads | sentence links |');
			console.log('|---|---|---|---|---|');
			for (const scenario of breakScenarios) {
				const results = texts.map((text) => evaluate(text, scenario, options));
				const total = sumEvaluations(results);
				console.log(`| ${scenario} | ${cell(total.paragraphs.beads)} | ${cell(total.paragraphs.links)} | ${cell(total.sentences.beads)} | ${cell(total.sentences.links)} |`);
				if (process.argv.includes('--detail')) {
					texts.forEach((text, k) => {
						const r = results[k] as Evaluation;
						if (r.paragraphs.beads.f1 < 1 || r.sentences.beads.f1 < 1) {
							console.log(`|   ${text.name} | ${cell(r.paragraphs.beads)} | | ${cell(r.sentences.beads)} | |`);
						}
					});
				}
			}
		}
	}
}
