import { describe, expect, it } from 'vitest';
import { checkEntryText } from '../../src/content-check/check-entry-text.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { parseEntryBodyInBrowser } from '../../src/mdx/parse-entry-body-in-browser.ts';
import { buildEntryFile, shareKinds, type ShareForm } from '../../src/share/build-entry-file.ts';
import { slugFromTitle } from '../../src/lib/slug.ts';

const base: ShareForm = {
  kind: 'practice',
  lang: 'nl',
  title: 'Spreekuur met tolken',
  slug: 'spreekuur-met-tolken',
  summary: 'Een wekelijks spreekuur met tolken, zodat ontheemden hun vragen kunnen stellen.',
  themes: ['services'],
  municipalities: [],
  audience: '',
  periodStart: '',
  periodEnd: '',
  outcomes: '',
  effort: '',
  needs: '',
  steps: '',
  body: 'Tekst met {accolades} en <hoekhaken>.',
  sources: 'Een rapport | https://example.org/rapport',
  contactRole: '',
  contactEmail: '',
};
const problems = (form: ShareForm) => {
  const file = buildEntryFile(form, '2026-11-22');
  return checkEntryText({ file: file.path, collection: shareKinds[form.kind], text: file.text, attachments: new Set(), today: '2026-11-22', parseBody: parseEntryBodyInBrowser }).problems.map(formatProblem);
};

describe('a file from the share form', () => {
  it('is a valid practice, with braces and angle brackets kept as text', () => {
    expect(problems({ ...base, effort: 'low', needs: 'een tolk\nruimte' })).toEqual([]);
    expect(buildEntryFile(base, '2026-11-22').text).toContain('Tekst met \\{accolades\\} en \\<hoekhaken>.');
  });

  it('is a valid guide, its steps inside <Steps>', () => {
    const guide = { ...base, kind: 'guide' as const, audience: 'beleidsmedewerkers', steps: 'Eerste stap\nTweede stap' };
    expect(problems(guide)).toEqual([]);
    expect(buildEntryFile(guide, '2026-11-22').text).toContain('<Steps>\n\n1. Eerste stap\n2. Tweede stap\n\n</Steps>');
  });

  it('is a valid case with a period and outcomes', () => {
    expect(problems({ ...base, kind: 'case', periodStart: '2026-01-01', periodEnd: '2026-06-30', outcomes: 'Een vast spreekuur' })).toEqual([]);
  });

  it('keeps what is wrong, so that the check names it', () => {
    expect(problems({ ...base, kind: 'case', periodStart: '', outcomes: '' })).toEqual([
      'content/cases/spreekuur-met-tolken/nl.mdx: period.start: found ""; expected a date YYYY-MM-DD',
      'content/cases/spreekuur-met-tolken/nl.mdx: outcomes: has 0 items; expected at least 1',
    ]);
  });

  it('lives at content/<collection>/<slug>/<lang>.mdx', () => {
    expect(buildEntryFile({ ...base, kind: 'guide', lang: 'uk' }, '2026-11-22').path).toBe('content/guides/spreekuur-met-tolken/uk.mdx');
  });
});

describe('slugs from titles', () => {
  it('transliterate Ukrainian by the national system and drop Dutch accents', () => {
    expect(slugFromTitle('Реєстрація з працівником посольства')).toBe('reiestratsiia-z-pratsivnykom-posolstva');
    expect(slugFromTitle('Eén aanpak: flexwoningen in Aalsmeer!')).toBe('een-aanpak-flexwoningen-in-aalsmeer');
  });
});
