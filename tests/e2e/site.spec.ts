import { expect, test } from '@playwright/test';

test('the Dutch home page lists the themes and leads to an entry', async ({ page }) => {
  await page.goto('/nl/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kennisbank Oekraïne–Nederland');
  await expect(page.getByRole('listitem').filter({ hasText: 'Huisvesting en lokale wederopbouw' })).toBeVisible();
  await page.getByRole('link', { name: 'Klachtenprocedure in het Oekraïens voor opvanglocaties' }).click();
  await expect(page).toHaveURL(/\/nl\/practices\/klachtenprocedure-in-het-oekraiens\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klachtenprocedure in het Oekraïens voor opvanglocaties');
});

test('a Ukrainian translation is labelled as unreviewed and links back to the Dutch original', async ({ page }) => {
  await page.goto('/uk/practices/klachtenprocedure-in-het-oekraiens/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('note')).toHaveText('Цей текст перекладено, і людина ще не перевірила переклад.');
  await page.getByRole('navigation', { name: 'Мова' }).getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/practices\/klachtenprocedure-in-het-oekraiens\/$/);
});

test('a guide shows its steps as a numbered list', async ({ page }) => {
  await page.goto('/nl/guides/routekaart-voor-ontheemden/');
  const steps = page.locator('.kb-steps > ol > li');
  expect(await steps.count()).toBeGreaterThan(2);
});

test('the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
  await page.goto('/nl/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
