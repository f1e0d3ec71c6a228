import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { splitFrontmatter } from '../../src/content-check/frontmatter.ts';
import type { TextCollection } from '../../src/content-model.ts';
import { langs, type Lang } from '../../src/i18n/locales.ts';
import { zoneOffset } from '../../src/schemas/event-time.ts';

const usage = `Usage: node scripts/bench/generate-corpus.ts --entries <N> --out <folder> [--seed 1] [--no-links] [--source content]

Writes a synthetic content tree in the content model's format, for benchmarks, written the way the
example content is (see "Proportions" in the source): N entries (60 % practices, 20 % guides,
20 % cases) in Dutch and Ukrainian, most also in English, some first written in Ukrainian, some
drafts; questions to the network (some answered); events in Amsterdam's and Kyiv's time zones (some
past with outcomes and the entries they produced, some cancelled, some whole-day visits); cases that build on entries; 300–600 words of real sentences from content/ with headings, lists, inline links,
footnotes, task lists, tables with column alignment, strikethrough, autolinks, callouts, steps,
figures and Markdown images with real JPEG and PNG files (made with sharp, reused), sources with
real PDF files and links to them; municipalities with symmetric partners; valid references
throughout. --no-links leaves out every link and footnote (the check's fast case, for comparison).
Same seed, same tree. Never writes into content/. --source takes the sentences, the themes and the
organisation from another tree (the tests give tests/fixtures/site).`;

/**
 * How often each construct appears, per text or per entry. Taken from the example content (26
 * texts: every text has a callout, 46 % footnotes, 46 % task lists, 23 % tables, guides have
 * steps, 1 entry in 9 lacks English) and, where the example content has none yet (links, images,
 * files, drafts, strikethrough), from what contributions through the share page and the issue
 * form are expected to hold.
 */
export const proportions = {
  footnotes: 0.46,
  /** A footnote of a Ukrainian or English text that cites a Dutch source marks it with <Lang>. */
  foreignSource: 0.5,
  taskList: 0.46,
  table: 0.25,
  callout: 0.95,
  /** An inline link to a web page in the first section. */
  link: 0.6,
  strikethrough: 0.08,
  autolink: 0.1,
  /** Per entry: a `<Figure>` with a photo (JPEG) in every language. */
  figure: 0.15,
  /** Per entry: a Markdown image of a chart (PNG). */
  image: 0.05,
  /** Per entry: a source with a PDF in the folder, linked from the body. */
  sourceFile: 0.1,
  /** Per entry: every text a draft. */
  draftEntry: 0.04,
  /** Per entry: the English text a draft. */
  draftTranslation: 0.03,
  /** Per entry: has English. */
  english: 0.6,
  /** Per entry: lacks Ukrainian. */
  noUkrainian: 0.06,
  /** Per entry: first written in Ukrainian (the Dutch text is the translation). */
  ukrainianOriginal: 0.1,
  /** Per text: a translation reviewed by a person. */
  reviewed: 0.3,
  /** Per case: builds on an earlier entry (`builds_on`). */
  buildsOn: 0.3,
  /** Questions to the network, per entry (the example content: 3 questions to 9 entries). */
  questions: 0.1,
  /** Per question: answered (with answers), else open. */
  answered: 0.4,
  /** Events of the network, per entry (webinars, meetings, working visits, trainings). */
  events: 0.05,
  /** Per event: cancelled. */
  cancelled: 0.1,
} as const;

/**
 * The folders the corpus fills, one per text collection of the content model: adding a kind to
 * src/content-model.ts fails the type check here until the generator writes it too.
 */
export const generatedCollections = {
  practices: true,
  guides: true,
  cases: true,
  questions: true,
  events: true,
  newsletters: true,
} as const satisfies Record<TextCollection, true>;

/** A small deterministic random source (mulberry32), so that every run builds the same corpus. */
export function random(seed: number) {
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
    chance: (p: number) => next() < p,
  };
}

/** Sentences per language from the example content (or `source`), the raw material of the synthetic texts. */
export function sentencePools(source = 'content'): Record<Lang, string[]> {
  const pools: Record<Lang, string[]> = { nl: [], uk: [], en: [] };
  for (const collection of ['practices', 'guides', 'cases']) {
    for (const slug of readdirSync(join(source, collection))) {
      for (const lang of langs) {
        let text: string;
        try {
          text = readFileSync(join(source, collection, slug, `${lang}.mdx`), 'utf8');
        } catch {
          continue;
        }
        const split = splitFrontmatter(text);
        const body = 'error' in split ? text : split.body;
        for (const line of body.split('\n')) {
          if (/^(#|<|\||-|\d+\.|\s|\[\^)/.test(line) || line.length < 40) continue;
          // Sentences without Markdown syntax of their own: links and footnotes are added below.
          pools[lang].push(...line.split(/(?<=[.!?])\s+/).filter((s) => s.length > 30 && !/[{}<[\]*_`~|]/.test(s)));
        }
      }
    }
  }
  return pools;
}

/** The generator's fixed words per language: headings, table cells, link texts, task lists. */
export const words: Record<
  Lang,
  {
    headings: string[];
    cells: [string, string, string];
    link: string[];
    file: string;
    photo: string;
    chart: string;
    source: string;
    tasks: string[];
    outdated: string;
    contact: string;
  }
> = {
  nl: {
    headings: ['Aanleiding', 'Aanpak', 'Resultaat', 'Lessen', 'Wat het vraagt', 'Samenwerking'],
    cells: ['Stap', 'Wie', 'Aandeel'],
    link: ['de handreiking van de VNG', 'de Kamerbrief', 'het onderzoek', 'de website van de gemeente'],
    file: 'het verslag (PDF)',
    photo: 'Bijeenkomst met ontheemden in het gemeentehuis',
    chart: 'Aantal aanmeldingen per maand',
    source: 'Verslag van de werkbijeenkomst',
    tasks: [
      'Maak een overzicht van de vragen',
      'Spreek een contactpersoon af',
      'Plan een evaluatie',
      'Deel de resultaten in het netwerk',
    ],
    outdated: 'vorige aanpak',
    contact: 'Team opvang en integratie',
  },
  uk: {
    headings: ['Передумови', 'Підхід', 'Результат', 'Уроки', 'Що для цього потрібно', 'Співпраця'],
    cells: ['Крок', 'Хто', 'Частка'],
    link: ['посібник VNG', 'лист до парламенту', 'дослідження', 'вебсайт громади'],
    file: 'звіт (PDF)',
    photo: 'Зустріч із переміщеними особами в ратуші',
    chart: 'Кількість звернень за місяць',
    source: 'Звіт робочої зустрічі',
    tasks: [
      'Складіть перелік запитань',
      'Домовтеся про контактну особу',
      'Заплануйте оцінювання',
      'Поділіться результатами в мережі',
    ],
    outdated: 'попередній підхід',
    contact: 'Команда з питань прийому та інтеграції',
  },
  en: {
    headings: ['Background', 'Approach', 'Result', 'Lessons', 'What it takes', 'Cooperation'],
    cells: ['Step', 'Who', 'Share'],
    link: ['the VNG guide', 'the letter to parliament', 'the study', 'the municipality website'],
    file: 'the report (PDF)',
    photo: 'Meeting with displaced people at the town hall',
    chart: 'Registrations per month',
    source: 'Report of the working session',
    tasks: [
      'List the questions',
      'Agree on a contact person',
      'Plan an evaluation',
      'Share the results in the network',
    ],
    outdated: 'previous approach',
    contact: 'Reception and integration team',
  },
};

const linkTargets = [
  'https://www.rijksoverheid.nl/onderwerpen/opvang-vluchtelingen-uit-oekraine',
  'https://vng.nl/artikelen/opvang-ontheemden-uit-oekraine',
  'https://www.vng-international.nl/',
  'https://www.auc.org.ua/',
];

/**
 * A photo-like JPEG (smooth colour areas, texture and noise, so that it compresses like a photo)
 * and a chart-like PNG (flat bars), made once per corpus and copied into entry folders.
 */
export async function makeImages(seed: number): Promise<{ photos: Buffer[]; charts: Buffer[] }> {
  const rng = random(seed + 7);
  const photo = async () => {
    const [width, height] = [1600, 1200];
    const layer = (w: number, h: number) => {
      const cells = Buffer.alloc(w * h * 3);
      for (let i = 0; i < cells.length; i++) cells[i] = rng.int(256);
      return sharp(cells, { raw: { width: w, height: h, channels: 3 } })
        .resize(width, height, { kernel: 'cubic' })
        .raw()
        .toBuffer();
    };
    const [areas, texture] = await Promise.all([layer(32, 24), layer(400, 300)]);
    const pixels = Buffer.alloc(width * height * 3);
    for (let i = 0; i < pixels.length; i++) {
      const noise = (rng.next() + rng.next() - 1) * 14;
      pixels[i] = Math.max(0, Math.min(255, Math.round(areas[i]! * 0.75 + (texture[i]! - 128) * 0.3 + noise + 20)));
    }
    return sharp(pixels, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 85 })
      .toBuffer();
  };
  const chart = async () => {
    const [width, height] = [900, 600];
    const bars = Array.from(
      { length: 12 },
      (_, i) => `<rect x="${60 + i * 68}" y="${560 - (80 + rng.int(440))}" width="48" height="1000" fill="#1f5f8b"/>`,
    ).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/><line x1="50" y1="560" x2="880" y2="560" stroke="#333" stroke-width="2"/>${bars}<rect y="561" width="100%" height="40" fill="#fff"/></svg>`;
    return sharp(Buffer.from(svg)).png({ palette: true }).toBuffer();
  };
  return { photos: [await photo(), await photo(), await photo()], charts: [await chart(), await chart()] };
}

/** A small valid one-page PDF with a line of text (what a scanned report would be, minus the scan). */
export function makePdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '').replace(/[^\x20-\x7e]/g, '?');
  const stream = `BT /F1 18 Tf 72 770 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

export interface CorpusOptions {
  seed?: number;
  /** Inline links, autolinks, links to files and footnotes (default true). */
  links?: boolean;
  /** The content tree whose sentences, themes and organisation the corpus takes (default content/; the tests give a fixture). */
  source?: string;
}

export async function generateCorpus(
  count: number,
  out: string,
  { seed = 1, links = true, source = 'content' }: CorpusOptions = {},
): Promise<void> {
  const rng = random(seed);
  const pools = sentencePools(source);
  const images = await makeImages(seed);
  rmSync(out, { recursive: true, force: true });
  const write = (path: string, data: string | Buffer) => {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), data);
  };

  for (const [index, id] of ['housing', 'economy', 'services'].entries()) {
    const local = readFileSync(join(source, 'themes', `${id}.yaml`), 'utf8');
    write(`themes/${id}.yaml`, local.replace(/^order: \d+$/m, `order: ${index + 1}`));
  }
  write(
    'organisations/vng-international.yaml',
    readFileSync(join(source, 'organisations/vng-international.yaml'), 'utf8'),
  );

  // Municipalities grow with the corpus; each Dutch one is paired with a Ukrainian one, both ways.
  const pairs = Math.max(10, Math.round(count / 50));
  const municipalities: string[] = [];
  for (let i = 1; i <= pairs; i++) {
    const nl = `gemeente-${i}`;
    const ua = `hromada-${i}`;
    municipalities.push(nl, ua);
    const data = (id: string, country: 'NL' | 'UA', partner: string) => ({
      id,
      name:
        country === 'NL'
          ? { nl: `Gemeente ${i}`, uk: `Громада ${i} (NL)`, en: `Municipality ${i}` }
          : { nl: `Hromada ${i}`, uk: `Громада ${i}`, en: `Hromada ${i}` },
      country,
      region:
        country === 'NL'
          ? { nl: 'Noord-Holland', uk: 'Північна Голландія', en: 'North Holland' }
          : { nl: 'Oblast Kyiv', uk: 'Київська область', en: 'Kyiv Oblast' },
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
    const folder = `${collection}/${slug}`;
    const year = 2024 + rng.int(3);
    const published = `${year}-${String(1 + rng.int(year === 2026 ? 10 : 12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
    const themes = [
      ...new Set([rng.pick(['housing', 'economy', 'services']), rng.pick(['housing', 'economy', 'services'])]),
    ];
    const places = rng.chance(0.7)
      ? [...new Set([rng.pick(municipalities), rng.pick(municipalities)])].slice(0, 1 + rng.int(2))
      : [];
    // References only to published entries: a reference to a draft is a problem the check reports.
    const related = keys.length > 0 && rng.chance(0.5) ? [...new Set([rng.pick(keys), rng.pick(keys)])] : [];
    const buildsOn =
      collection === 'cases' && keys.length > 0 && rng.chance(proportions.buildsOn) ? [rng.pick(keys)] : [];
    const original: Lang = rng.chance(proportions.ukrainianOriginal) ? 'uk' : 'nl';
    const languages = langs.filter(
      (lang) =>
        lang === original ||
        (lang === 'en' ? rng.chance(proportions.english) : lang === 'uk' ? !rng.chance(proportions.noUkrainian) : true),
    );
    const draftEntry = rng.chance(proportions.draftEntry);
    const draftEnglish = rng.chance(proportions.draftTranslation);
    // Files beside the entry, shared by all its texts.
    const photo = rng.chance(proportions.figure) ? rng.pick(images.photos) : undefined;
    const chart = rng.chance(proportions.image) ? rng.pick(images.charts) : undefined;
    const pdf = rng.chance(proportions.sourceFile);
    if (photo) write(`${folder}/foto.jpg`, photo);
    if (chart) write(`${folder}/grafiek.png`, chart);
    if (pdf) write(`${folder}/verslag.pdf`, makePdf(`Verslag ${slug}`));

    for (const lang of languages) {
      const pool = pools[lang];
      const w = words[lang];
      const h = w.headings;
      const sentence = () => rng.pick(pool);
      const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');
      const title = sentence()
        .slice(0, 90)
        .replace(/[.,:;\s]+\S*$/, '');
      const fields: Record<string, unknown> = {
        title: `${title} ${i}`,
        summary: paragraph(2)
          .slice(0, 280)
          .replace(/\s+\S*$/, '.'),
        themes,
        municipalities: places,
        organisations: ['vng-international'],
        published,
        ...(year < 2026 && rng.chance(0.2) ? { updated: `${year + 1}-0${1 + rng.int(6)}-10` } : {}),
        ...(draftEntry || (lang === 'en' && draftEnglish) ? { status: 'draft' } : {}),
        tags: ['benchmark', rng.pick(['opvang', 'werk', 'wonen', 'taal', 'dienstverlening'])],
        related,
        ...(buildsOn.length ? { builds_on: buildsOn } : {}),
        ...(rng.chance(0.3)
          ? { contact: { role: w.contact, organisation: 'vng-international', email: 'kennisbank@example.org' } }
          : {}),
        sources: [
          { title: 'Verzamelbrief opvang Oekraïne (Kamerbrief)', url: rng.pick(linkTargets) },
          ...(pdf ? [{ title: w.source, file: 'verslag.pdf' }] : []),
        ],
        ...(lang === original ? {} : { translation: { from: original, reviewed: rng.chance(proportions.reviewed) } }),
      };
      if (collection === 'practices')
        fields['transfer'] = { effort: rng.pick(['low', 'medium', 'high']), needs: ['budget'] };
      if (collection === 'guides') fields['audience'] = h[0];
      if (collection === 'cases')
        Object.assign(fields, { period: { start: `${year}-01-01` }, outcomes: [sentence().slice(0, 150)] });

      const notes: string[] = [];
      const note = () => {
        if (!links) return '';
        const source = lang !== 'nl' && rng.chance(proportions.foreignSource);
        notes.push(`[^${notes.length + 1}]: ${source ? `<Lang code="nl">${rng.pick(pools.nl)}</Lang>` : sentence()}`);
        return `[^${notes.length}]`;
      };
      const intro = [
        sentence(),
        links && rng.chance(proportions.link) ? `Zie [${rng.pick(w.link)}](${rng.pick(linkTargets)}).` : sentence(),
        `${sentence()}${rng.chance(proportions.footnotes) ? note() : ''}`,
        rng.chance(proportions.strikethrough) ? `~~${w.outdated}~~ ${sentence()}` : sentence(),
        links && rng.chance(proportions.autolink) ? `${sentence()} ${rng.pick(linkTargets)}` : '',
      ].filter(Boolean);
      const list = rng.chance(proportions.taskList)
        ? w.tasks.map((task) => `- [${rng.chance(0.4) ? 'x' : ' '}] ${task}`).join('\n')
        : Array.from({ length: 4 }, () => `- ${sentence()}`).join('\n');
      const sections = [
        `## ${h[0]}\n\n${intro.join(' ')}\n\n${paragraph(3)}`,
        `## ${h[1]}\n\n${paragraph(3)}\n\n${list}`,
        photo ? `<Figure src="foto.jpg" alt="${w.photo}" caption="${w.photo} (${year})" />` : '',
        collection === 'guides'
          ? `## ${h[4]}\n\n<Steps>\n\n${Array.from({ length: 4 }, (_, n) => `${n + 1}. **${h[n]}**\n\n   ${sentence()}`).join('\n\n')}\n\n</Steps>`
          : `## ${h[2]}\n\n${paragraph(4)}`,
        rng.chance(proportions.table)
          ? `| ${w.cells.join(' | ')} |\n| :--- | :--- | ---: |\n${Array.from({ length: 4 }, (_, n) => `| ${n + 1} | ${h[n]} | ${10 + rng.int(80)} % |`).join('\n')}`
          : `## ${h[3]}\n\n${paragraph(3)}`,
        chart ? `![${w.chart}](./grafiek.png)` : '',
        pdf && links ? `${sentence()} [${w.file}](verslag.pdf)` : '',
        rng.chance(proportions.callout)
          ? `<Callout type="${rng.pick(['note', 'tip', 'caution'])}"${rng.chance(0.5) ? ` title="${h[5]}"` : ''}>\n${sentence()}\n</Callout>`
          : paragraph(2),
        notes.join('\n\n'),
      ].filter(Boolean);
      write(`${folder}/${lang}.mdx`, `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${sections.join('\n\n')}\n`);
    }
    if (!draftEntry) keys.push(folder);
  }

  // Questions to the network: asked by a municipality (or VNG International), in Dutch and
  // Ukrainian, some answered by entries, with a footnote and a callout like the example questions.
  const questions: string[] = [];
  for (let i = 0; i < Math.round(count * proportions.questions); i++) {
    const slug = `question-${String(i).padStart(5, '0')}`;
    const answered = keys.length > 0 && rng.chance(proportions.answered);
    const askers = rng.chance(0.7)
      ? { municipalities: [rng.pick(municipalities.filter((m) => m.startsWith('hromada')))], organisations: [] }
      : { municipalities: [], organisations: ['vng-international'] };
    for (const lang of ['nl', 'uk'] as const) {
      const pool = pools[lang];
      const sentence = () => rng.pick(pool);
      const fields = {
        title: `${sentence()
          .slice(0, 80)
          .replace(/[.,:;\s]+\S*$/, '')} ${i}?`,
        summary: `${sentence()} ${sentence()}`.slice(0, 280).replace(/\s+\S*$/, '.'),
        themes: [rng.pick(['housing', 'economy', 'services'])],
        ...askers,
        published: `2026-0${1 + rng.int(9)}-${String(1 + rng.int(28)).padStart(2, '0')}`,
        state: answered ? 'answered' : 'open',
        ...(answered ? { answers: [...new Set([rng.pick(keys), rng.pick(keys)])] } : {}),
        ...(rng.chance(0.3) ? { offered_by: [rng.pick(municipalities.filter((m) => m.startsWith('gemeente')))] } : {}),
        tags: ['benchmark'],
        ...(lang === 'nl' ? {} : { translation: { from: 'nl', reviewed: rng.chance(proportions.reviewed) } }),
      };
      const note = links ? '[^1]' : '';
      const body = [
        `## ${words[lang].headings[0]}\n\n${sentence()} ${sentence()}${note}`,
        `## ${words[lang].headings[4]}\n\n${sentence()} ${sentence()} ${sentence()}`,
        `<Callout type="note">\n${sentence()}\n</Callout>`,
        links ? `[^1]: ${sentence()}` : '',
      ].filter(Boolean);
      write(
        `questions/${slug}/${lang}.mdx`,
        `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`,
      );
    }
    questions.push(`questions/${slug}`);
  }

  // Events: a webinar or meeting at a time of day in Amsterdam's or Kyiv's zone (its offset as that
  // zone has it on the day), or a working visit of whole days; past ones with outcomes and the
  // entries they produced, some cancelled.
  const types = ['webinar', 'meeting', 'working-visit', 'training'] as const;
  for (let i = 0; i < Math.max(1, Math.round(count * proportions.events)); i++) {
    const slug = `event-${String(i).padStart(5, '0')}`;
    const type = rng.pick(types);
    const day = `${2025 + rng.int(3)}-${String(1 + rng.int(12)).padStart(2, '0')}-${String(1 + rng.int(25)).padStart(2, '0')}`;
    const timezone = rng.pick(['Europe/Amsterdam', 'Europe/Kyiv']);
    const at = (hour: number) => {
      const local = `${day}T${String(hour).padStart(2, '0')}:00`;
      return `${local}${zoneOffset(timezone, new Date(`${local}Z`))}`;
    };
    const hour = 9 + rng.int(6);
    const times =
      type === 'working-visit'
        ? { start: day, end: `${day.slice(0, 8)}${String(Number(day.slice(8)) + 1 + rng.int(3)).padStart(2, '0')}` }
        : { start: at(hour), end: at(hour + 1 + rng.int(3)), timezone };
    const past = day < '2026-06-01';
    const cancelled = rng.chance(proportions.cancelled);
    for (const lang of ['nl', 'uk'] as const) {
      const pool = pools[lang];
      const sentence = () => rng.pick(pool);
      const fields = {
        title: `${sentence()
          .slice(0, 80)
          .replace(/[.,:;\s]+\S*$/, '')} ${i}`,
        summary: `${sentence()} ${sentence()}`.slice(0, 280).replace(/\s+\S*$/, '.'),
        themes: [rng.pick(['housing', 'economy', 'services'])],
        municipalities: [rng.pick(municipalities)],
        organisations: ['vng-international'],
        published: '2025-01-01',
        type,
        ...times,
        ...(type === 'webinar' ? { online: true } : { place: sentence().slice(0, 60).trim() }),
        languages: ['nl', 'uk'],
        interpretation: rng.chance(0.5) ? ['nl', 'uk'] : [],
        ...(cancelled ? { state: 'cancelled' } : {}),
        ...(past && !cancelled && rng.chance(0.7)
          ? { outcomes: [sentence().slice(0, 190)], produced: keys.length ? [rng.pick(keys)] : [] }
          : {}),
        tags: ['benchmark'],
        ...(lang === 'nl' ? {} : { translation: { from: 'nl', reviewed: rng.chance(proportions.reviewed) } }),
      };
      write(
        `events/${slug}/${lang}.mdx`,
        `---\n${stringify(fields, { lineWidth: 0 })}---\n\n## ${words[lang].headings[0]}\n\n${sentence()} ${sentence()}\n`,
      );
    }
  }

  // A newsletter issue per 500 entries, in the three languages, listing recent entries.
  for (let n = 0; n < Math.max(1, Math.floor(count / 500)); n++) {
    const month = `2025-${String(1 + (n % 12)).padStart(2, '0')}`;
    const entries = [
      ...new Set([
        ...Array.from({ length: 6 }, () => rng.pick(keys)),
        ...(questions.length ? [rng.pick(questions)] : []),
      ]),
    ];
    for (const lang of langs) {
      const fields = { title: `Nieuwsbrief ${month}`, published: `${month}-15`, entries };
      write(
        `newsletters/${month}/${lang}.mdx`,
        `---\n${stringify(fields)}---\n\n${pools[lang][n % pools[lang].length]}\n`,
      );
    }
  }
}

// Run as a script; other benchmark scripts import generateCorpus.
if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'no-links': { type: 'boolean' },
      source: { type: 'string', default: 'content' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.entries || !values.out) {
    console.log(usage);
    process.exitCode = values.help ? 0 : 1;
  } else if (!relative(resolve('content'), resolve(values.out)).startsWith('..')) {
    console.error('Refusing to write into content/: give a folder outside it.');
    process.exitCode = 1;
  } else {
    await generateCorpus(Number(values.entries), values.out, {
      seed: Number(values.seed),
      links: !values['no-links'],
      source: values.source,
    });
    console.log(`Wrote ${values.entries} entries to ${values.out}`);
  }
}
