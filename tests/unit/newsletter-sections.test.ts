import { describe, expect, it } from 'vitest';
import type { NewsletterItem } from '../../src/newsletter/newsletter.ts';
import { renderEmailHtml } from '../../src/newsletter/render-email.ts';
import { renderText } from '../../src/newsletter/render-text.ts';
import { testIssue, testIssuePage, testItem } from './helpers/newsletter-issue.ts';

// An issue that lists entries and questions: the questions come after the entries, under a heading
// of their own, in the email and in its text part (the issue's page: question-build.test.ts).
const issue = (items: NewsletterItem[], questions: NewsletterItem[]) => testIssue('Welkom.', items, questions);
const item = testItem;
const page = testIssuePage;

const practice = item('Goede praktijk', 'Een goede praktijk', 'practices/goede-praktijk');
const question = item('Vraag', 'Hoe houden we contact?', 'questions/contact');

describe('the questions of a newsletter issue', () => {
  it('come after the entries in the text part, under a heading of their own', () => {
    const text = renderText(issue([practice], [question]));
    const rule = '-'.repeat(60);
    expect(text).toContain(
      `${rule}\nIN DIT NUMMER\n${rule}\n\n1. Een goede praktijk (Goede praktijk)\n\nSamenvatting van Een goede praktijk.\n\n` +
        `Lees verder: https://kennisbank.example.org/nl/practices/goede-praktijk/\n\n` +
        `${rule}\nVRAGEN AAN HET NETWERK\n${rule}\n\n1. Hoe houden we contact? (Vraag)\n\nSamenvatting van Hoe houden we contact?.\n\n` +
        `Lees verder: https://kennisbank.example.org/nl/questions/contact/\n\n${rule}\nLees online: ${page}`,
    );
  });

  it('come after the entries in the email, under a heading of their own', async () => {
    const html = await renderEmailHtml(issue([practice], [question]));
    const headings = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual(['In dit nummer', 'Vragen aan het netwerk']);
    const at = (text: string) => html.indexOf(text);
    expect(at('Vragen aan het netwerk')).toBeGreaterThan(at('>Een goede praktijk</a>'));
    expect(at('>Hoe houden we contact?</a>')).toBeGreaterThan(at('Vragen aan het netwerk'));
  });

  it('leave out a heading whose list is empty', async () => {
    const onlyQuestions = issue([], [question]);
    expect(renderText(onlyQuestions)).not.toContain('IN DIT NUMMER');
    expect(renderText(onlyQuestions)).toContain('VRAGEN AAN HET NETWERK');
    const html = await renderEmailHtml(issue([practice], []));
    expect([...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((match) => match[1])).toEqual(['In dit nummer']);
  });
});
