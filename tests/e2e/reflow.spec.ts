import { expect, test, type Page } from '@playwright/test';
import { langs, type Lang } from '../../src/i18n/locales.ts';

// Reflow (WCAG 1.4.10): at 320 CSS px, as a phone held upright with 400 % zoom on a desktop, no
// page of any template scrolls sideways in any language. Long Dutch words («Klachtenprocedure»)
// break (src/styles/global.css); a wide table scrolls inside its own box, not the page.

const searchQuery: Record<Lang, string> = { nl: 'gemeenten', uk: 'громади', en: 'municipalities' };

const templates = (lang: Lang): Record<string, string> => ({
  home: `/${lang}/`,
  listing: `/${lang}/practices/`,
  practice: `/${lang}/practices/klachtenprocedure-in-het-oekraiens/`,
  'practice with a wide table': `/${lang}/practices/taallessen-en-rijbewijs-voor-werk/`,
  guide: `/${lang}/guides/vraaggestuurde-samenwerking/`,
  case: `/${lang}/cases/aalsmeer-sluit-aan-bij-de-pilot/`,
  theme: `/${lang}/themes/services/`,
  municipalities: `/${lang}/municipalities/`,
  municipality: `/${lang}/municipalities/aalsmeer/`,
  questions: `/${lang}/questions/`,
  question: `/${lang}/questions/contact-met-inwoners-in-nederland/`,
  'search with results': `/${lang}/search/?q=${encodeURIComponent(searchQuery[lang])}`,
  share: `/${lang}/share/`,
  offline: `/${lang}/offline/`,
  newsletters: `/${lang}/newsletters/`,
  newsletter: `/${lang}/newsletters/2026-10/`,
  '404': `/${lang}/404/`,
});

/** How far the page reaches beyond the window, in CSS px, and the widest elements that do. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Inside a box that scrolls or clips on its own, an element may be wider: only the page counts.
    const clipped = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement)
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      return false;
    };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !clipped(element))
      .filter((element) => element.children.length === 0)
      .slice(0, 3)
      .map(
        (element) =>
          `<${element.tagName.toLowerCase()} class="${element.className}"> ${element.textContent?.trim().slice(0, 40)}`,
      );
    return { by: document.documentElement.scrollWidth - width, culprits };
  });

test.use({ viewport: { width: 320, height: 640 } });

for (const lang of langs) {
  test(`no page scrolls sideways at 320 px in ${lang}`, async ({ page }) => {
    const tooWide: string[] = [];
    for (const [template, path] of Object.entries(templates(lang))) {
      const response = await page.goto(path);
      expect(response?.ok() || template === '404', path).toBe(true);
      if (template === 'search with results') await page.locator('[data-kb-search][data-state="done"]').waitFor();
      const { by, culprits } = await overflow(page);
      if (by > 0) tooWide.push(`${template}: ${path} is ${by} px too wide: ${culprits.join(' | ')}`);
    }
    expect(tooWide).toEqual([]);
  });
}
