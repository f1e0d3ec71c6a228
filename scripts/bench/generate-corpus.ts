import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { langs, type Lang } from '../../src/i18n/locales.ts';

const usage = `Usage: node scripts/bench/generate-corpus.ts --entries <N> --out <folder> [--seed 1]

Writes a synthetic content tree in the content model's format, for benchmarks: N entries (60 %
practices, 20 % guides, 20 % cases), each in Dutch and Ukrainian and every other one in English,
300–600 words of real sentences (taken from content/) with headings, lists, tables, callouts and
steps; municipalities with symmetric partners; valid references throughout. Same seed, same tree.
Never writes into content/.`;

/** A small deterministic random source (mulberry32), so that every run builds the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

/** Sentences per language from the example content, the raw material of the synthetic texts. */
function sentencePools(): Record<Lang, string[]> {
  const pools: Record<Lang, string[]> = { nl: [], uk: [], en: [] };
  for (const collection of ['practices', 'guides', 'cases']) {
    for (const slug of readdirSync(join('content', collection))) {
      for (const lang of langs) {
        let text: string;
        try {
          text = readFileSync(join('content', collection, slug, `${lang}.mdx`), 'utf8');
        } catch {
          continue;
        }
        const body = text.replace(/^---[\s\S]*?---/, '');
        for (const line of body.split('\n')) {
          if (/^(#|<|\||-|\d+\.|\s|\[\^)/.test(line) || line.length < 40) continue;
          pools[lang].push(...line.split(/(?<=[.!?])\s+/).filter((s) => s.length > 30 && !/[{}<[\]]/.test(s)));
        }
      }
    }
  }
  return pools;
}

const headings: Record<Lang, string[]> = {
  nl: ['Aanleiding', 'Aanpak', 'Resultaat', 'Lessen', 'Wat het vraagt', 'Samenwerking'],
  uk: ['Передумови', 'Підхід', 'Результат', 'Уроки', 'Що для цього потрібно', 'Співпраця'],
  en: ['Background', 'Approach', 'Result', 'Lessons', 'What it takes', 'Cooperation'],
};
const cells: Record<Lang, [string, string, string]> = {
  nl: ['Stap', 'Wie', 'Wanneer'],
  uk: ['Крок', 'Хто', 'Коли'],
  en: ['Step', 'Who', 'When'],
};

export function generateCorpus(count: number, out: string, seed = 1): void {
  const rng = random(seed);
  const pools = sentencePools();
  rmSync(out, { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), text);
  };

  for (const [index, id] of ['housing', 'economy', 'services'].entries()) {
    const local = readFileSync(join('content/themes', `${id}.yaml`), 'utf8');
    write(`themes/${id}.yaml`, local.replace(/^order: \d+$/m, `order: ${index + 1}`));
  }
  write('organisations/vng-international.yaml', readFileSync('content/organisations/vng-international.yaml', 'utf8'));

  // Municipalities grow with the corpus; each Dutch one is paired with a Ukrainian one, both ways.
  const pairs = Math.max(10, Math.round(count / 50));
  const municipalities: string[] = [];
  for (let i = 1; i <= pairs; i++) {
    const nl = `gemeente-${i}`;
    const ua = `hromada-${i}`;
    municipalities.push(nl, ua);
    const data = (id: string, country: 'NL' | 'UA', partner: string) => ({
      id,
      name: country === 'NL' ? { nl: `Gemeente ${i}`, uk: `Громада ${i} (NL)`, en: `Municipality ${i}` } : { nl: `Hromada ${i}`, uk: `Громада ${i}`, en: `Hromada ${i}` },
      country,
      region: country === 'NL' ? { nl: 'Noord-Holland', uk: 'Північна Голландія', en: 'North Holland' } : { nl: 'Oblast Kyiv', uk: 'Київська область', en: 'Kyiv Oblast' },
      pilot: i <= 10,
      focus_themes: [rng.pick(['housing', 'economy', 'services'])],
      partners: [partner],
    });
    write(`municipalities/${nl}.yaml`, stringify(data(nl, 'NL', ua)));
    write(`municipalities/${ua}.yaml`, stringify(data(ua, 'UA', nl)));
  }

  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    const collection = roll < 0.6 ? 'practices' : roll < 0.8 ? 'guides' : 'cases';
    const slug = `${collection.slice(0, -1)}-${String(i).padStart(5, '0')}`;
    const year = 2024 + rng.int(3);
    const published = `${year}-${String(1 + rng.int(year === 2026 ? 10 : 12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
    const themes = [...new Set([rng.pick(['housing', 'economy', 'services']), rng.pick(['housing', 'economy', 'services'])])];
    const places = rng.next() < 0.7 ? [...new Set([rng.pick(municipalities), rng.pick(municipalities)])].slice(0, 1 + rng.int(2)) : [];
    const related = keys.length > 0 && rng.next() < 0.5 ? [...new Set([rng.pick(keys), rng.pick(keys)])] : [];
    const languages: Lang[] = i % 2 === 0 ? ['nl', 'uk', 'en'] : ['nl', 'uk'];
    for (const lang of languages) {
      const pool = pools[lang];
      const sentence = () => rng.pick(pool);
      const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');
      const title = sentence().slice(0, 90).replace(/[.,:;\s]+\S*$/, '');
      const fields: Record<string, unknown> = {
        title: `${title} ${i}`,
        summary: paragraph(2).slice(0, 280).replace(/\s+\S*$/, '.'),
        themes,
        municipalities: places,
        organisations: ['vng-international'],
        published,
        tags: ['benchmark'],
        related,
        sources: [{ title: 'Verzamelbrief opvang Oekraïne (Kamerbrief)' }],
        ...(lang === 'nl' ? {} : { translation: { from: 'nl', reviewed: rng.next() < 0.3 } }),
      };
      if (collection === 'practices') fields['transfer'] = { effort: rng.pick(['low', 'medium', 'high']), needs: ['budget'] };
      if (collection === 'guides') fields['audience'] = headings[lang][0];
      if (collection === 'cases') Object.assign(fields, { period: { start: `${year}-01-01` }, outcomes: [sentence().slice(0, 150)] });

      const h = headings[lang];
      const sections = [
        `## ${h[0]}\n\n${paragraph(4)}\n\n${paragraph(3)}`,
        `## ${h[1]}\n\n${paragraph(3)}\n\n${Array.from({ length: 4 }, () => `- ${sentence()}`).join('\n')}`,
        collection === 'guides'
          ? `## ${h[4]}\n\n<Steps>\n\n${Array.from({ length: 4 }, (_, n) => `${n + 1}. **${h[n]}**\n\n   ${sentence()}`).join('\n\n')}\n\n</Steps>`
          : `## ${h[2]}\n\n${paragraph(4)}`,
        rng.next() < 0.35
          ? `| ${cells[lang].join(' | ')} |\n| --- | --- | --- |\n${Array.from({ length: 4 }, (_, n) => `| ${n + 1} | ${h[n]} | ${year} |`).join('\n')}`
          : `## ${h[3]}\n\n${paragraph(3)}`,
        rng.next() < 0.25 ? `<Callout type="tip">\n${sentence()}\n</Callout>` : paragraph(2),
      ];
      write(`${collection}/${slug}/${lang}.mdx`, `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${sections.join('\n\n')}\n`);
    }
    keys.push(`${collection}/${slug}`);
  }
}

// Run as a script; other benchmark scripts import generateCorpus.
if (import.meta.main) {
  const { values } = parseArgs({
    options: { entries: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, help: { type: 'boolean' } },
  });
  
  if (values.help || !values.entries || !values.out) {
    console.log(usage);
    process.exitCode = values.help ? 0 : 1;
  } else {
    generateCorpus(Number(values.entries), values.out, Number(values.seed));
    console.log(`Wrote ${values.entries} entries to ${values.out}`);
  }
}
