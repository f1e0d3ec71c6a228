import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { makeImages } from './generate-corpus.ts';

const usage = `Usage: node scripts/bench/encode-images.ts [--efforts 4,2,0]

Encodes the benchmark corpus's first photo (1600 × 1200 JPEG, made by generate-corpus.ts) as an
entry page needs it (src/components/mdx/EntryImage.astro: AVIF and WebP at 360, 720, 1080 and
1440 px) with sharp, one image at a time, at each AVIF effort (Astro's sharp service uses sharp's
default, 4, unless image.service.config.avif says otherwise). Reports CPU time and bytes.`;

const { values } = parseArgs({ options: { efforts: { type: 'string', default: '4,2,0' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log(usage);
  process.exit(0);
}
sharp.concurrency(1);
const photo = (await makeImages(1)).photos[0]!;
const widths = [360, 720, 1080, 1440];
const encode = async (name: string, format: (image: ReturnType<typeof sharp>) => ReturnType<typeof sharp>) => {
  const start = process.cpuUsage();
  const wall = performance.now();
  let bytes = 0;
  for (const width of widths) bytes += (await format(sharp(photo).resize(width)).toBuffer()).length;
  const used = process.cpuUsage(start);
  console.log(
    `${name.padEnd(16)} ${((used.user + used.system) / 1000).toFixed(0).padStart(6)} ms CPU ${(performance.now() - wall).toFixed(0).padStart(6)} ms wall ${(bytes / 1000).toFixed(0).padStart(5)} KB (4 widths)`,
  );
};
console.log(`sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}; one thread`);
for (const effort of values.efforts.split(',').map(Number))
  await encode(`AVIF effort ${effort}`, (image) => image.avif({ effort }));
await encode('WebP', (image) => image.webp());
