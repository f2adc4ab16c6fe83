/**
 * `taxonomy:aliases`: how many of a classification's aliases (and names) are one ordinary English word,
 * the words people search search with that query understanding reads as a skill only with support
 * from the rest of the question (docs/discovery-ranking.md §1). Reads files only; no database.
 *
 *   taxonomy:aliases [--esco DIR] [--onet FILE]      (the starter taxonomy is always reported)
 */
import { parseArgs } from 'node:util';
import { STARTER_TAXONOMY, isCommonEnglishWord } from '@ensemble/api/skills-data';
import { readCsvRecords, readEscoTaxonomy } from '@ensemble/api/skills';

interface Named {
  name: string;
  aliases: readonly string[];
}

/** One lower-case word of letters, or null. */
function oneWord(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#.]+/u)
    .filter(Boolean);
  return words.length === 1 && /^[a-z]+$/.test(words[0] as string) ? (words[0] as string) : null;
}

function ordinary(text: string): string | null {
  const word = oneWord(text);
  return word && isCommonEnglishWord(word) ? word : null;
}

function summary(label: string, skills: readonly Named[]): string[] {
  const aliases = skills.flatMap((skill) => skill.aliases.map((alias) => ({ alias, skill: skill.name })));
  const single = aliases.filter(({ alias }) => oneWord(alias) !== null);
  const common = single.filter(({ alias }) => ordinary(alias) !== null);
  const names = skills.filter((skill) => ordinary(skill.name) !== null);
  const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : '–');
  return [
    `${label}: ${skills.length} skills, ${aliases.length} aliases`,
    `  one-word aliases: ${single.length}; ordinary English words: ${common.length} (${percent(common.length, aliases.length)} of all aliases)`,
    `  names that are one ordinary English word: ${names.length}${
      names.length
        ? ` (${names
            .slice(0, 30)
            .map((skill) => skill.name)
            .join(', ')}${names.length > 30 ? ', …' : ''})`
        : ''
    }`,
    ...(common.length
      ? [`  ordinary-word aliases: ${common.map(({ alias, skill }) => `${alias} → ${skill}`).join('; ')}`]
      : []),
  ];
}

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: { esco: { type: 'string' }, onet: { type: 'string' } },
  });
  const lines = summary(
    'starter',
    STARTER_TAXONOMY.map((skill) => ({ name: skill.name, aliases: skill.aliases ?? [] })),
  );

  if (values.esco) {
    const esco = await readEscoTaxonomy(values.esco);
    const raw =
      esco.entries.reduce((sum, entry) => sum + entry.aliases.length, 0) + esco.droppedLabels.length;
    lines.push(
      `esco: ${raw} alternative labels read, ${esco.droppedLabels.length} one-word ordinary-English labels dropped by the import (not a word of their concept's label)`,
    );
    const byWord = new Map<string, string[]>();
    for (const { label, concept } of esco.droppedLabels) {
      const word = label.toLowerCase();
      byWord.set(word, [...(byWord.get(word) ?? []), concept]);
    }
    const worst = [...byWord].sort(
      ([a, x], [b, y]) => y.length - x.length || a.length - b.length || a.localeCompare(b),
    );
    lines.push(
      `  dropped: ${worst.map(([word, concepts]) => `${word} → ${concepts.join(' | ')}`).join('; ')}`,
    );
    lines.push(...summary('esco after the import', esco.entries));
  }

  if (values.onet) {
    const products = new Set<string>();
    for await (const record of readCsvRecords(values.onet, {
      delimiter: '\t',
      quote: null,
      requiredColumns: ['Example'],
    }))
      if (record['Example']?.trim()) products.add(record['Example'].trim());
    lines.push(
      ...summary(
        'onet',
        [...products].map((name) => ({ name, aliases: [] })),
      ),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
