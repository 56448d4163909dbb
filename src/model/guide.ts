// The program guide: the whole program as one document, in reading order. /guide/ renders it as a
// printable page and /guide.pdf as a PDF (src/render/guide-pdf.ts); both take every heading and
// word from here, so the two never disagree. Only what the program publishes about itself is in
// it: no partner, ledger or score.
import type { Program } from '../../schemas/program.ts';
import { paragraphs } from '../site/text.ts';
import { ALL_TIERS } from './ladders.ts';
import type { Model, TierView } from './model-types.ts';
import type { ProgramSection, SectionItem } from './program-sections.ts';
import { organizationName } from './wording.ts';

/** A tier as the guide presents it: the only shape of a tier the renderers see. */
export interface GuideTier {
  id: string;
  name: string;
  description: string;
  /** What partners pay, a line per fee ("Yearly fee: €2,500 or £2,150 a year"), or "Free", or "By invitation". */
  fees: string[];
  /** Everything partners at this tier get, by building block; `value` says how much when it is more than "included". */
  benefits: Array<{ group: string; items: Array<{ name: string; value: string | undefined }> }>;
  requirements: string[];
  support: Array<{ name: string; responseTime: string | undefined }>;
}

/** A ladder of tiers for some partner types, when the program has tracks. */
export interface GuideTrack {
  name: string;
  description: string | undefined;
  partnerTypes: string[];
  /** Its tiers' names, from the first to the highest. */
  tiers: string[];
}

export interface GuideSupportChannel {
  name: string;
  description: string;
  responseTime: string | undefined;
  url: string | undefined;
  /** Names of the tiers that have the channel. */
  tiers: string[];
}

/** One chapter of the guide: a heading (with an id for links, the table of contents and the PDF outline) and what it holds. */
export type GuideChapter = { id: string; title: string } & (
  | { kind: 'about'; purpose: string[]; value: Program['value'] }
  | { kind: 'tiers'; intro: string; tracks: GuideTrack[]; tiers: GuideTier[] }
  | {
      kind: 'join';
      overview: string[];
      steps: Array<{ title: string; description: string; url: string | undefined }>;
      signup: { label: string; url: string };
      contact: { email: string | undefined; url: string | undefined } | undefined;
    }
  | { kind: 'support'; intro: string; channels: GuideSupportChannel[] }
  | { kind: 'certifications'; intro: string; certifications: Array<{ name: string; description: string; validity: string; url: string | undefined }> }
  | { kind: 'items'; intro: string; items: SectionItem[] }
  | { kind: 'faq'; questions: Array<{ question: string; answer: string[] }> }
);

export interface Guide {
  /** The program's name: the document's title. */
  title: string;
  /** The company that runs the program (the program's name when program.yaml names none): the document's author. */
  organization: string;
  tagline: string;
  /** When program.yaml last changed (its last commit; the build date outside git): the guide describes the program as it stands since. */
  asOf: string;
  siteUrl: string;
  chapters: GuideChapter[];
}

/** Chapters in reading order: why, who, what each tier gives and asks, how to join, then the rest of the program. */
export function programGuide(model: Pick<Model, 'program' | 'tiers' | 'ladders' | 'programSections'>, asOf: string): Guide {
  const { program } = model;
  const section = (id: string) => model.programSections.find((candidate) => candidate.id === id);
  const items = ({ id, title, intro, items }: ProgramSection): GuideChapter => ({ kind: 'items', id, title, intro, items });
  const chapters: GuideChapter[] = [{ kind: 'about', id: 'about', title: 'About the program', purpose: paragraphs(program.purpose), value: program.value }];

  const partnerTypes = section('partner-types');
  if (partnerTypes) chapters.push(items(partnerTypes));

  const tracks = model.ladders
    .filter((ladder) => ladder.id !== ALL_TIERS)
    .map((ladder) => ({
      name: ladder.name,
      description: ladder.description,
      partnerTypes: ladder.partnerTypes.map((type) => type.name),
      tiers: ladder.tiers.map((tier) => tier.name),
    }));
  chapters.push({
    kind: 'tiers',
    id: 'tiers',
    title: 'Tiers',
    intro: tracks.length
      ? "Each kind of partner climbs the tiers of its track, moving up by meeting a tier's requirements."
      : `Every partner starts at ${model.tiers[0]!.name} and moves up by meeting a tier's requirements.`,
    tracks,
    tiers: model.tiers.map(guideTier),
  });

  if (program.onboarding) {
    const { overview, steps, signup, contact } = program.onboarding;
    chapters.push({
      kind: 'join',
      id: 'join',
      title: 'How to join',
      overview: paragraphs(overview),
      steps: steps.map((step) => ({ title: step.title, description: step.description, url: step.url })),
      signup,
      contact: contact && (contact.email || contact.url) ? { email: contact.email, url: contact.url } : undefined,
    });
  }

  if (program.support?.length) {
    const tierName = new Map(model.tiers.map((tier) => [tier.id, tier.name]));
    chapters.push({
      kind: 'support',
      id: 'support',
      title: 'Support',
      intro: 'How partners get help, and how fast, by tier.',
      channels: program.support.map((channel) => ({
        name: channel.name,
        description: channel.description,
        responseTime: channel.responseTime,
        url: channel.url,
        tiers: channel.tiers.map((id) => tierName.get(id) ?? id),
      })),
    });
  }

  if (program.certifications.length) {
    chapters.push({
      kind: 'certifications',
      id: 'certifications',
      title: 'Certifications',
      intro: "Certifications show that a partner's people have proven specific skills. Each is valid for a set period from the day it is earned.",
      certifications: program.certifications.map((certification) => ({
        name: certification.name,
        description: certification.description,
        validity: `Valid for ${certification.validityMonths} months`,
        url: certification.url,
      })),
    });
  }

  // The other building blocks, as /program/ shows them; partner types and support have their chapters above.
  for (const block of model.programSections) if (block.id !== 'partner-types' && block.id !== 'support') chapters.push(items(block));

  if (program.faq?.length) {
    chapters.push({
      kind: 'faq',
      id: 'faq',
      title: 'Questions and answers',
      questions: program.faq.map(({ question, answer }) => ({ question, answer: paragraphs(answer) })),
    });
  }

  return { title: program.name, organization: organizationName(program), tagline: program.tagline, asOf, siteUrl: program.site.url, chapters };
}

/** The one place the guide reads a TierView: when the tier model changes, only this adapts. */
export function guideTier(tier: TierView): GuideTier {
  return {
    id: tier.id,
    name: tier.name,
    description: tier.description ?? '',
    fees: feeWords(tier),
    benefits: tier.offer.map((group) => ({
      group: group.title,
      items: group.rows.map((row) => ({ name: row.name, value: row.text === 'Included' ? undefined : row.text })),
    })),
    requirements: tier.requirements.map((requirement) => requirement.description),
    support: tier.support.map((channel) => ({ name: channel.name, responseTime: channel.responseTime })),
  };
}

/** The tier's price as lines: the model's fee lines, each named unless it is the only, unnamed one. */
function feeWords(tier: TierView): string[] {
  const lines = tier.feeLines;
  if (tier.invitationOnly || lines.length === 0 || lines.every((line) => line.text === 'Free')) return [tier.price];
  return lines.map((line) => (lines.length === 1 && !line.named ? line.text : `${line.label}: ${line.text}`));
}
