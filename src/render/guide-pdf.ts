// /guide.pdf: the program guide (src/model/guide.ts) as a PDF, written with pdfkit. Text is drawn
// with the packaged DejaVu fonts (src/shared/bundled-fonts.ts), so any script DejaVu covers
// renders whatever fonts the build machine has; text from content is only ever drawn as text.
// The same guide and build date give the same bytes: the dates in the document information are
// the build date, and pdfkit derives the file ID from that information, not from the clock.
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Guide, GuideChapter } from '../model/guide.ts';
import { BUNDLED_FONT_DIR } from '../shared/bundled-fonts.ts';

export interface GuidePdfOptions {
  /** The program's logo as PNG (pdfkit takes PNG and JPEG), drawn by the build from a checked file. */
  logo?: { png: Buffer } | undefined;
  /** The document's language (program.yaml's site.language), for screen readers. */
  language: string;
}

const FONTS = { regular: path.join(BUNDLED_FONT_DIR, 'DejaVuSans.ttf'), bold: path.join(BUNDLED_FONT_DIR, 'DejaVuSans-Bold.ttf') };
const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 };
const COLORS = { text: '#1b1f2a', muted: '#4f5566', link: '#2537a8', rule: '#c9ccd6' };
const SIZES = { title: 26, chapter: 17, section: 13, body: 10.5, small: 9 };
/** Room a heading needs below it on its page, so it never ends a page alone. */
const KEEP_WITH_NEXT = 90;

/** The guide as PDF bytes: a title page with the contents, then every chapter, with an outline and page numbers. */
export async function renderGuidePdf(guide: Guide, options: GuidePdfOptions): Promise<Buffer> {
  const created = new Date(`${guide.asOf}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    // The default font would be Helvetica, which cannot draw most scripts; this one is never left unused.
    font: FONTS.regular,
    lang: options.language,
    displayTitle: true,
    info: {
      Title: `${guide.title}: program guide`,
      Author: guide.organization,
      Subject: guide.tagline,
      Creator: 'Partnerkit',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const write = writer(doc);
  const contentsTop = titlePage(doc, guide, options);
  doc.addPage();
  const chapterPages = new Map<string, number>();
  for (const chapter of guide.chapters) {
    chapterPages.set(chapter.id, write.chapterHeading(chapter));
    writeChapter(write, chapter);
  }
  contents(doc, guide, contentsTop, chapterPages);
  pageNumbers(doc, guide);

  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

function titlePage(doc: PDFKit.PDFDocument, guide: Guide, options: GuidePdfOptions): number {
  const width = contentWidth(doc);
  if (options.logo) {
    doc.image(options.logo.png, MARGIN.left, MARGIN.top, { fit: [160, 80] });
    doc.y = MARGIN.top + 100;
  } else doc.y = MARGIN.top + 40;
  doc.font(FONTS.bold).fontSize(SIZES.title).fillColor(COLORS.text).text(guide.title, MARGIN.left, doc.y, { width });
  const byline = guide.organization === guide.title ? 'Program guide' : `Program guide · ${guide.organization}`;
  doc.moveDown(0.2).font(FONTS.regular).fontSize(SIZES.section).fillColor(COLORS.muted).text(byline, { width });
  doc.moveDown(0.8).fontSize(SIZES.body).fillColor(COLORS.text).text(flow(guide.tagline), { width });
  doc.moveDown(0.5).fillColor(COLORS.muted).text(`The program as of ${guide.asOf}. Online at `, { width, continued: true });
  doc.fillColor(COLORS.link).text(guide.siteUrl, { link: guide.siteUrl, continued: false });
  doc.moveDown(2).font(FONTS.bold).fontSize(SIZES.section).fillColor(COLORS.text).text('Contents', { width });
  doc.moveDown(0.4);
  return doc.y;
}

/** The contents on the title page, written last, when every chapter's page is known; each line links to its chapter. */
function contents(doc: PDFKit.PDFDocument, guide: Guide, top: number, pages: ReadonlyMap<string, number>): void {
  doc.switchToPage(0);
  const width = contentWidth(doc);
  let y = top;
  doc.font(FONTS.regular).fontSize(SIZES.body).fillColor(COLORS.text);
  for (const chapter of guide.chapters) {
    const page = String(pages.get(chapter.id)! + 1);
    doc.text(chapter.title, MARGIN.left, y, { width: width - 40, goTo: chapter.id, lineBreak: false });
    doc.text(page, MARGIN.left, y, { width, align: 'right', goTo: chapter.id, lineBreak: false });
    y += doc.currentLineHeight(true) + 5;
  }
}

/** "Page 2 of 7" at the foot of every page but the title page. */
function pageNumbers(doc: PDFKit.PDFDocument, guide: Guide): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start + 1; index < start + count; index++) {
    doc.switchToPage(index);
    // Writing in the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN.bottom / 2 - SIZES.small;
    const width = contentWidth(doc);
    doc.font(FONTS.regular).fontSize(SIZES.small).fillColor(COLORS.muted);
    doc.text(`${guide.title}: program guide`, MARGIN.left, y, { width: width - 90, lineBreak: false, ellipsis: true });
    doc.text(`Page ${index + 1} of ${count}`, MARGIN.left, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

function writeChapter(write: Writer, chapter: GuideChapter): void {
  switch (chapter.kind) {
    case 'about':
      for (const text of chapter.purpose) write.paragraph(text);
      for (const item of chapter.value) write.entry(item.title, [item.description]);
      return;
    case 'tiers':
      write.paragraph(chapter.intro);
      for (const track of chapter.tracks) {
        write.entry(track.name, [track.description ?? ''], undefined, `For ${track.partnerTypes.join(', ')}: ${track.tiers.join(' → ')}`);
      }
      write.label('Fees at a glance');
      write.bullets(chapter.tiers.map((tier) => `${tier.name}: ${tier.fees.join(' · ')}`));
      for (const tier of chapter.tiers) {
        write.sectionHeading(tier.name);
        write.paragraph(tier.description);
        write.labelled('Fee', tier.fees.join(' · '));
        write.label('Benefits');
        for (const group of tier.benefits) {
          write.label(group.group, { muted: true });
          write.bullets(group.items.map((benefit) => (benefit.value ? `${benefit.name}: ${benefit.value}` : benefit.name)));
        }
        if (!tier.benefits.length) write.paragraph('None listed.');
        write.label('Requirements');
        if (tier.requirements.length) write.bullets(tier.requirements);
        else write.paragraph('None.');
        if (tier.support.length) {
          write.label('Support');
          write.bullets(tier.support.map((channel) => (channel.responseTime ? `${channel.name} (response within ${channel.responseTime})` : channel.name)));
        }
      }
      return;
    case 'join':
      for (const text of chapter.overview) write.paragraph(text);
      for (const [index, step] of chapter.steps.entries()) write.entry(`${index + 1}. ${step.title}`, [step.description], step.url);
      write.entry('Sign up', [chapter.signup.label], chapter.signup.url);
      if (chapter.contact) {
        write.label('Contact');
        if (chapter.contact.email) write.link(chapter.contact.email, `mailto:${chapter.contact.email}`);
        if (chapter.contact.url) write.link(chapter.contact.url, chapter.contact.url);
      }
      return;
    case 'support':
      write.paragraph(chapter.intro);
      for (const channel of chapter.channels) {
        const facts = [channel.responseTime && `Response within ${channel.responseTime}`, `For ${channel.tiers.join(', ')}`].filter(Boolean).join(' · ');
        write.entry(channel.name, [channel.description], channel.url, facts);
      }
      return;
    case 'certifications':
      write.paragraph(chapter.intro);
      for (const certification of chapter.certifications)
        write.entry(certification.name, [certification.description], certification.url, certification.validity);
      return;
    case 'items':
      write.paragraph(chapter.intro, { muted: true });
      for (const item of chapter.items) {
        const facts = [item.note, item.tiers.length ? `For ${item.tiers.join(', ')} partners` : undefined].filter(Boolean).join(' · ');
        write.entry(item.title, [item.summary, item.details ?? ''], item.url, facts);
      }
      return;
    case 'faq':
      for (const entry of chapter.questions) write.entry(entry.question, entry.answer);
      return;
  }
}

type Writer = ReturnType<typeof writer>;

/** The few kinds of block the guide is made of, written at the cursor, each starting a page when it would not fit. */
function writer(doc: PDFKit.PDFDocument) {
  const width = () => contentWidth(doc);
  // The outline entry of the chapter being written, for its sections to go under.
  let currentChapter: PDFKit.PDFOutline | undefined;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const pageIndex = () => {
    const { start, count } = doc.bufferedPageRange();
    return start + count - 1;
  };
  const room = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const body = (options: { muted?: boolean; bold?: boolean } = {}) =>
    doc
      .font(options.bold ? FONTS.bold : FONTS.regular)
      .fontSize(SIZES.body)
      .fillColor(options.muted ? COLORS.muted : COLORS.text);

  const paragraph = (text: string, options: { muted?: boolean } = {}) => {
    if (!text.trim()) return;
    room(doc.currentLineHeight(true) * 2);
    body(options).text(flow(text), MARGIN.left, doc.y, { width: width(), lineGap: 2 });
    doc.moveDown(0.5);
  };
  const link = (label: string, url: string) => {
    room(doc.currentLineHeight(true));
    body().fillColor(COLORS.link).text(label, MARGIN.left, doc.y, { width: width(), link: url });
    doc.moveDown(0.3);
  };

  return {
    /** A chapter's heading, as a named destination (the contents link to it) and an entry of the outline; returns its page. */
    chapterHeading(chapter: { id: string; title: string }): number {
      if (pageIndex() > 1 || doc.y > MARGIN.top) {
        room(KEEP_WITH_NEXT + 40);
        if (doc.y > MARGIN.top) doc.moveDown(1);
      }
      doc.addNamedDestination(chapter.id, 'XYZ', null, doc.y, null);
      currentChapter = doc.outline.addItem(chapter.title);
      doc.font(FONTS.bold).fontSize(SIZES.chapter).fillColor(COLORS.text).text(chapter.title, MARGIN.left, doc.y, { width: width() });
      const y = doc.y + 3;
      doc
        .moveTo(MARGIN.left, y)
        .lineTo(MARGIN.left + width(), y)
        .lineWidth(0.75)
        .strokeColor(COLORS.rule)
        .stroke();
      doc.y = y + 8;
      return pageIndex();
    },
    /** A heading inside a chapter (a tier), under its chapter in the outline. */
    sectionHeading(title: string): void {
      room(KEEP_WITH_NEXT);
      doc.moveDown(0.6);
      currentChapter?.addItem(title);
      doc.font(FONTS.bold).fontSize(SIZES.section).fillColor(COLORS.text).text(title, MARGIN.left, doc.y, { width: width() });
      doc.moveDown(0.3);
    },
    paragraph,
    link,
    /** A short heading over a list: bold, or muted for a group inside one (a building block's benefits). */
    label(text: string, options: { muted?: boolean } = {}): void {
      room(doc.currentLineHeight(true) * 3);
      body(options.muted ? { muted: true } : { bold: true }).text(text, MARGIN.left, doc.y, { width: width() });
      doc.moveDown(0.2);
    },
    labelled(label: string, text: string): void {
      room(doc.currentLineHeight(true) * 2);
      body({ bold: true }).text(`${label}: `, MARGIN.left, doc.y, { width: width(), continued: true });
      body().text(flow(text));
      doc.moveDown(0.4);
    },
    bullets(items: string[]): void {
      const indent = 14;
      for (const item of items) {
        room(doc.currentLineHeight(true) * 1.5);
        const y = doc.y;
        body().text('•', MARGIN.left + 2, y, { lineBreak: false });
        doc.text(flow(item), MARGIN.left + indent, y, { width: width() - indent, lineGap: 1 });
        doc.moveDown(0.15);
      }
      doc.x = MARGIN.left;
      doc.moveDown(0.35);
    },
    /** A titled entry: its title (linked when it has an address), its text, a line of facts, and the address written out. */
    entry(title: string, texts: string[], url?: string, facts?: string): void {
      room(KEEP_WITH_NEXT / 2);
      body({ bold: true }).text(flow(title), MARGIN.left, doc.y, { width: width(), ...(url ? { link: url } : {}) });
      doc.moveDown(0.15);
      for (const text of texts) if (text.trim()) body().text(flow(text), MARGIN.left, doc.y, { width: width(), lineGap: 2 });
      if (facts) body({ muted: true }).text(flow(facts), MARGIN.left, doc.y, { width: width() });
      if (url) doc.fontSize(SIZES.small).fillColor(COLORS.link).text(url, MARGIN.left, doc.y, { width: width(), link: url });
      doc.moveDown(0.6);
    },
  };
}

const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Prose keeps its paragraphs apart already; a single line break inside one is only where the author wrapped it. */
const flow = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
