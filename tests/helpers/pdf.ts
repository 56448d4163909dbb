// Reading a PDF the way a viewer does, with pdf.js (pdfjs-dist): the text of each page, the
// document information, the outline (bookmarks) with the page each entry opens, the links, and
// whether a page draws an image. Tests check what a reader would see, not the bytes pdfkit wrote.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfOutlineEntry {
  title: string;
  /** 1-based page the entry opens. */
  page: number;
  items: PdfOutlineEntry[];
}

export interface ReadPdf {
  /** The text of each page, runs joined by spaces, whitespace collapsed; pages[0] is page 1. */
  pages: string[];
  info: Record<string, unknown>;
  outline: PdfOutlineEntry[];
  /** Each page's links: web addresses and named destinations inside the document, with their target page. */
  links: Array<Array<{ url?: string; page?: number }>>;
  /** Whether each page draws an image. */
  images: boolean[];
}

type Destination = string | unknown[] | null;

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pageOf = async (destination: Destination): Promise<number | undefined> => {
      const explicit = typeof destination === 'string' ? await document.getDestination(destination) : destination;
      if (!explicit?.length) return undefined;
      return (await document.getPageIndex(explicit[0] as { num: number; gen: number })) + 1;
    };
    const pages: string[] = [];
    const links: ReadPdf['links'] = [];
    const images: boolean[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const text = await page.getTextContent();
      pages.push(
        text.items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      const annotations = (await page.getAnnotations()) as Array<{ subtype: string; url?: string; dest?: Destination }>;
      links.push(
        await Promise.all(annotations.filter((a) => a.subtype === 'Link').map(async (a) => (a.url ? { url: a.url } : { page: await pageOf(a.dest ?? null) }))),
      );
      const operators = await page.getOperatorList();
      images.push(operators.fnArray.includes(OPS.paintImageXObject));
    }
    const entries = async (items: Array<{ title: string; dest: Destination; items: unknown[] }> | null): Promise<PdfOutlineEntry[]> =>
      Promise.all(
        (items ?? []).map(async (item) => ({
          title: item.title,
          page: (await pageOf(item.dest))!,
          items: await entries(item.items as Array<{ title: string; dest: Destination; items: unknown[] }>),
        })),
      );
    const { info } = await document.getMetadata();
    return { pages, info: info as Record<string, unknown>, outline: await entries(await document.getOutline()), links, images };
  } finally {
    await document.destroy();
  }
}
