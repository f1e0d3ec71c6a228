import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const root = process.env.KB_CONTENT_DIR!;
const texts = (folder: string) => defineCollection({ loader: glob({ pattern: '*/{nl,uk,en}.mdx', base: `${root}/${folder}` }) });

export const collections = { practices: texts('practices'), guides: texts('guides'), cases: texts('cases') };
