/** An image of the entry folder in a body: the page renders it with astro:assets (EntryImage.astro). */
export interface BodyImage {
  /** Relative to the text file: `./foto.jpg`. */
  src: string;
  alt: string;
  title?: string;
}

/** The comment that stands for image N in a rendered body (render-entry-body.ts). */
export const imageMark = (index: number) => `kb-image:${index}`;

/** Splits a rendered body at its image marks: HTML, image index, HTML, … */
export const imageMarks = /<!--kb-image:(\d+)-->/u;
