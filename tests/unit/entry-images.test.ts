import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, devices, type Browser, type BrowserContextOptions } from '@playwright/test';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEntryBody } from '../../src/mdx/render-entry-body.ts';
import { chromiumArgs, findChromium } from '../e2e/browser.ts';
import { serveDist } from '../../scripts/lib/static-server.ts';
import { fixtureCopy, runNode } from './helpers/run.ts';

/** What a phone may spend on the images of an entry with one big photo. */
const budget = 150_000;
const entry = 'practices/goede-praktijk';
const page = `/nl/${entry}/`;

/**
 * A 2400×1800 "photo" that compresses like one: smooth colour areas, finer texture and sensor-like
 * noise (pure gradients would shrink to nothing, pure noise to nothing useful). Deterministic.
 */
async function writePhoto(path: string) {
  const [width, height] = [2400, 1800];
  let seed = 42;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const layer = (w: number, h: number) => {
    const cells = Buffer.alloc(w * h * 3);
    for (let i = 0; i < cells.length; i++) cells[i] = Math.floor(random() * 256);
    return sharp(cells, { raw: { width: w, height: h, channels: 3 } })
      .resize(width, height, { kernel: 'cubic' })
      .raw()
      .toBuffer();
  };
  const [areas, texture] = await Promise.all([layer(48, 36), layer(600, 450)]);
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) {
    const noise = (random() + random() + random() - 1.5) * 16;
    pixels[i] = Math.max(0, Math.min(255, Math.round(areas[i]! * 0.75 + (texture[i]! - 128) * 0.3 + noise + 20)));
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toFile(path);
}

/** The candidate a browser needs for one image slot: the smallest width covering slot × DPR. */
function pick(srcset: string, slotWidth: number, dpr: number) {
  const candidates = srcset.split(', ').map((candidate) => {
    const [url = '', descriptor = ''] = candidate.trim().split(/\s+/);
    return { url, width: Number.parseInt(descriptor, 10) };
  });
  const sorted = candidates.sort((a, b) => a.width - b.width);
  return sorted.find((candidate) => candidate.width >= slotWidth * dpr) ?? sorted.at(-1)!;
}

/** The site's rendering of one body: the images left to astro:assets, and the addresses of other images and links. */
function rewrite(body: string) {
  const { html, images } = renderEntryBody(body, {
    collection: 'practices',
    slug: 'plek',
    lang: 'nl',
    file: 'practices/plek/nl.mdx',
  });
  return {
    html,
    images: images.map((image) => `${image.alt} -> ${image.src}`),
    img: [...html.matchAll(/<img [^>]*src="([^"]*)"/g)].map((match) => match[1]),
    links: [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => match[1]),
  };
}

describe('the entry image steps of the renderer', () => {
  it('leave images in the entry folder to Astro and send everything else to /files', () => {
    const found = rewrite(
      [
        '<Figure src="kaart.png" alt="Kaart" caption="De wijk" />',
        '',
        '![Foto](./foto.jpg) ![Extern](https://example.org/x.png) ![Ref][f]',
        '',
        '[plan](plan.pdf) [foto](foto.jpg)',
        '',
        '[f]: foto.webp',
      ].join('\n'),
    );
    expect(found.html).toContain(
      '<figure class="kb-figure"><!--kb-image:0--><figcaption>De wijk</figcaption></figure>',
    );
    expect(found.images).toEqual(['Kaart -> ./kaart.png', 'Foto -> ./foto.jpg', 'Ref -> ./foto.webp']);
    expect(found.img).toEqual(['https://example.org/x.png']);
    expect(found.links).toEqual(['/files/practices/plek/plan.pdf', '/files/practices/plek/foto.jpg']);
  });

  it('link a file with a space or a fragment to its published address, encoded once', () => {
    expect(rewrite('[a](plan%20v2.pdf#page=2) [b](<plan v2.pdf>) [c](./kaart.pdf?v=2)').links).toEqual([
      '/files/practices/plek/plan%20v2.pdf#page=2',
      '/files/practices/plek/plan%20v2.pdf',
      '/files/practices/plek/kaart.pdf?v=2',
    ]);
  });

  it('stop at an image outside the entry folder, also when the check was skipped', () => {
    expect(() => rewrite('![Oud](../andere/foto.jpg)')).toThrow(
      'practices/plek/nl.mdx:1:1: link "../andere/foto.jpg" leaves the entry folder; link to a file in this folder, or to a page of the site as /nl/…',
    );
  });

  it('show a Figure of another file type as a plain image at its /files address', () => {
    const found = rewrite('<Figure src="plan.pdf" alt="Plan" />');
    expect(found.images).toEqual([]);
    expect(found.html).toBe(
      '<figure class="kb-figure"><img src="/files/practices/plek/plan.pdf" alt="Plan" loading="lazy" decoding="async"></figure>',
    );
  });
});

describe('entry images', () => {
  // Made in beforeAll, so that a filtered run (-t) that skips these tests leaves no copy behind.
  let root = '';
  let content = '';
  let dist = '';
  let html = '';
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: Browser | undefined;
  let origin = '';

  beforeAll(async () => {
    root = fixtureCopy('valid');
    content = join(root, 'content');
    dist = join(root, 'dist');
    await writePhoto(join(content, entry, 'foto.jpg'));
    const text = readFileSync(join(content, entry, 'nl.mdx'), 'utf8');
    writeFileSync(
      join(content, entry, 'nl.mdx'),
      `${text}\n<Figure src="foto.jpg" alt="Een plein vol mensen" caption="Het plein na de opening" />\n\n` +
        `Van boven: ![Het plein van boven](./foto.jpg)\n\nDe [originele foto](foto.jpg) om te downloaden.\n`,
    );
    const { status, output } = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      KB_CONTENT_DIR: content,
      KB_OUT_DIR: dist,
      KB_CACHE_DIR: join(root, 'cache'),
    });
    expect(output).not.toContain('content problem');
    expect(status, output).toBe(0);
    html = readFileSync(join(dist, 'nl/practices/goede-praktijk/index.html'), 'utf8');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('serves Figure and Markdown images as responsive AVIF and WebP with their size', () => {
    const pictures = [...html.matchAll(/<picture[^>]*>(.*?)<\/picture>/g)].map((match) => match[1] ?? '');
    expect(pictures).toHaveLength(2);
    expect(html).toMatch(
      /<figure class="kb-figure"[^>]*><picture[^>]*>.*?<\/picture><figcaption[^>]*>Het plein na de opening<\/figcaption><\/figure>/,
    );
    for (const picture of pictures) {
      expect(picture).toMatch(
        /<source srcset="[^"]*\.avif 360w, [^"]*\.avif 720w, [^"]*\.avif 1080w, [^"]*\.avif 1440w" type="image\/avif" sizes="\(min-width: 46rem\) 44rem, calc\(100vw - 2rem\)">/,
      );
      const img = /<img [^>]*>/.exec(picture)?.[0] ?? '';
      expect(img).toMatch(/ srcset="[^"]*\.webp 360w, [^"]*\.webp 720w, [^"]*\.webp 1080w, [^"]*\.webp 1440w"/);
      expect(img).toContain('width="1440" height="1080"');
      expect(img).toContain('loading="lazy"');
      expect(img).not.toContain('style=');
    }
    expect(html).toContain('alt="Een plein vol mensen"');
    expect(html).toContain('alt="Het plein van boven"');
    // The entry's images are no longer served as the original file; a link to the file still is.
    expect(html).not.toMatch(/<img [^>]*src="\/files\//);
    expect(html).toContain('<a href="/files/practices/goede-praktijk/foto.jpg">originele foto</a>');
  });

  it('costs a 375 px wide phone at 3x less than the budget (computed from srcset and sizes)', () => {
    const srcset = /<source srcset="([^"]*)" type="image\/avif"/.exec(html)?.[1] ?? '';
    const slot = 375 - 2 * 16; // sizes: calc(100vw - 2rem)
    const chosen = pick(srcset, slot, 3);
    expect(chosen.width).toBe(1080);
    // Both images are the same file in the same widths: the browser fetches it once.
    expect(statSync(join(dist, chosen.url)).size).toBeLessThanOrEqual(budget);
  });

  it('are still there when the site is built again after a build of another content tree', async () => {
    // Every build writes the project's list of images to import (.astro/content-assets.mjs); a
    // second build that finds its texts unchanged in its cache must list its images again, not
    // keep the other tree's list (whose folder may be gone by then).
    const other = fixtureCopy('valid');
    try {
      await writePhoto(join(other, 'content', entry, 'ander.jpg'));
      const text = readFileSync(join(other, 'content', entry, 'nl.mdx'), 'utf8');
      writeFileSync(join(other, 'content', entry, 'nl.mdx'), `${text}\n![Een ander plein](ander.jpg)\n`);
      const built = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
        KB_CONTENT_DIR: join(other, 'content'),
        KB_OUT_DIR: join(other, 'dist'),
        KB_CACHE_DIR: join(other, 'cache'),
      });
      expect(built.status, built.output).toBe(0);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
    const again = runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
      KB_CONTENT_DIR: content,
      KB_OUT_DIR: join(root, 'dist-again'),
      KB_CACHE_DIR: join(root, 'cache'),
    });
    expect(again.status, again.output).toBe(0);
    const page = readFileSync(join(root, 'dist-again/nl/practices/goede-praktijk/index.html'), 'utf8');
    expect([...page.matchAll(/<picture[^>]*>/g)]).toHaveLength(2);
  });

  describe('measured in Chromium', () => {
    beforeAll(async () => {
      server = await serveDist(dist);
      origin = server.url;
      browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    });

    const phones: [string, BrowserContextOptions][] = [
      ['Pixel 7', devices['Pixel 7']],
      ['375 px at 3x', { ...devices['Pixel 7'], viewport: { width: 375, height: 812 }, deviceScaleFactor: 3 }],
    ];

    it.each(phones)('%s downloads at most 150 KB of images for the whole entry', async (name, device) => {
      const context = await browser!.newContext(device);
      const tab = await context.newPage();
      const pending: Promise<{ url: string; bytes: number }>[] = [];
      tab.on('requestfinished', (request) => {
        if (request.resourceType() !== 'image') return;
        pending.push(request.sizes().then(({ responseBodySize }) => ({ url: request.url(), bytes: responseBodySize })));
      });
      await tab.goto(origin + page, { waitUntil: 'networkidle' });
      // Lazy images load once near the viewport: scroll through the whole entry.
      await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await tab.waitForLoadState('networkidle');
      await tab.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
      const current = await tab.evaluate(() =>
        [...document.querySelectorAll('.kb-entry-image')].map((image) => (image as HTMLImageElement).currentSrc),
      );
      const images = await Promise.all(pending);
      await context.close();

      expect(current).toHaveLength(2);
      expect(current.every((url) => url.endsWith('.avif'))).toBe(true);
      const total = images.reduce((sum, image) => sum + image.bytes, 0);
      expect(total, JSON.stringify(images)).toBeLessThanOrEqual(budget);
      console.log(
        `${name}: ${images.length} image request(s), ${total} bytes: ${images.map((image) => image.url.replace(origin, '')).join(', ')}`,
      );
    });
  });
});
