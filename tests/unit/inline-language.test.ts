import { describe, expect, it } from 'vitest';
import { findMdxViolations } from '../../src/mdx/entry-rules.ts';
import { parseEntryBody } from '../../src/mdx/parse-entry-body.ts';
import { parseEntryBodyInBrowser } from '../../src/mdx/parse-entry-body-in-browser.ts';
import { renderEntryBody } from '../../src/mdx/render-entry-body.ts';
import { readIntro } from '../../src/newsletter/intro.ts';
import { renderText } from '../../src/newsletter/render-text.ts';
import { testIssue } from './helpers/newsletter-issue.ts';

// Words in another language of the site, such as a Dutch source title cited in a Ukrainian text,
// carry their language (WCAG 3.1.2), so that a screen reader does not read Dutch as Ukrainian.
const render = (body: string) =>
  renderEntryBody(body, { collection: 'practices', slug: 'plek', lang: 'uk', file: 'practices/plek/uk.mdx' }).html;

describe('<Lang>', () => {
  it('marks words in running text with their language', () => {
    expect(render('Див. звіт <Lang code="nl">Rapport van de inceptiefase</Lang>, розділ 2.')).toBe(
      '<p>Див. звіт <span lang="nl">Rapport van de inceptiefase</span>, розділ 2.</p>',
    );
  });

  it('marks a block, such as a quoted paragraph, with its language', () => {
    expect(render('<Lang code="en">\n\nA quoted paragraph.\n\n</Lang>')).toBe(
      '<div lang="en"><p>A quoted paragraph.</p></div>',
    );
  });

  it('on a line of its own, stays in the line of a list item, a footnote or a table cell, and is a paragraph elsewhere', () => {
    expect(render('- <Lang code="en">Recovery plan</Lang>')).toBe(
      '<ul>\n<li>\n<span lang="en">Recovery plan</span>\n</li>\n</ul>',
    );
    expect(render('Текст.[^1]\n\n[^1]: <Lang code="nl">Rapport</Lang>')).toContain(
      '<li id="user-content-fn-1">\n<span lang="nl">Rapport</span>\n<a href="#user-content-fnref-1"',
    );
    expect(render('<Lang code="nl">Een hele alinea.</Lang>')).toBe('<p lang="nl">Een hele alinea.</p>');
  });

  it('marks a footnote that cites a source in another language', () => {
    expect(render('Текст.[^1]\n\n[^1]: <Lang code="nl">Collegevoorstel gemeente Aalsmeer</Lang> (2026).')).toContain(
      '<span lang="nl">Collegevoorstel gemeente Aalsmeer</span> (2026).',
    );
  });

  describe.each([
    ['Sätteri (the check)', parseEntryBody],
    ['remark-mdx (the share page)', parseEntryBodyInBrowser],
  ])('parsed by %s', (_name, parse) => {
    const violations = (body: string) =>
      findMdxViolations(parse(body), { fileExists: () => false, source: body }).map(
        (v) => `${v.line}:${v.column}: ${v.message}`,
      );

    it('accepts only the languages of the site, and needs one', () => {
      expect(violations('<Lang code="nl">woord</Lang>')).toEqual([]);
      expect(violations('Tekst <Lang code="de">Wort</Lang>.')).toEqual([
        '1:7: <Lang>: code="de" is not allowed; expected one of nl, uk, en',
      ]);
      expect(violations('<Lang>woord</Lang>')).toEqual(['1:1: <Lang> needs the attribute code="…"']);
    });
  });

  it('keeps its words as a paragraph in the plain text of the email, also on a line of its own', () => {
    const issue = testIssue(
      '- <Lang code="en">Recovery plan</Lang>\n\nTekst.[^1]\n\n[^1]: <Lang code="nl">Rapport</Lang>',
    );
    const text = renderText(issue);
    expect(text).toContain('Recovery plan');
    expect(text).toContain('Rapport');
  });

  it('leaves its words in the newsletter email', () => {
    const tree = readIntro('Lees het <Lang code="nl">Rapport van de inceptiefase</Lang>.', {
      file: 'newsletters/2026-11/uk.mdx',
      site: new URL('https://kennisbank.example.org/'),
      page: 'https://kennisbank.example.org/uk/newsletters/2026-11/',
      labels: { note: 'Примітка', tip: 'Порада', caution: 'Увага', footnotes: 'Примітки' },
    });
    const words = (node: object): string =>
      'value' in node ? String(node.value) : 'children' in node ? (node.children as object[]).map(words).join('') : '';
    expect(words(tree)).toBe('Lees het Rapport van de inceptiefase.');
  });
});
