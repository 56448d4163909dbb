// The program's building blocks, in the order the /program/ page presents them. A block the
// program leaves out has no section at all (never an empty heading).
import type { Program } from '../../schemas/program.ts';

export interface SectionItem {
  title: string;
  summary: string;
  details?: string | undefined;
  url?: string | undefined;
  /** Tier names the item is limited to; empty when every tier has it. */
  tiers: string[];
  /** Extra facts, e.g. a support channel's response time or an event's date, as one line of text. */
  note?: string | undefined;
  /** An event's kind ("Conference") and date (ISO), for pages that format the date for readers. */
  event?: { kind: string; date: string | undefined } | undefined;
}

export interface ProgramSection {
  id: string;
  title: string;
  intro: string;
  items: SectionItem[];
}

type Block = { title: string; summary: string; details?: string | undefined; url?: string | undefined; tiers?: string[] | undefined };

export function programSections(program: Program): ProgramSection[] {
  const tierName = new Map(program.tiers.map((tier) => [tier.id, tier.name]));
  const item = (block: Block): SectionItem => ({ ...block, tiers: (block.tiers ?? []).map((id) => tierName.get(id) ?? id) });
  const blocks = (group: Record<string, Block | undefined> | undefined) =>
    Object.values(group ?? {})
      .filter((block): block is Block => block !== undefined)
      .map(item);

  const sections: ProgramSection[] = [
    {
      id: 'partner-types',
      title: 'Partner types',
      intro: 'The kinds of partners the program works with.',
      items: program.partnerTypes.map((type) => ({ title: type.name, summary: type.description ?? '', tiers: [] })),
    },
    { id: 'access', title: 'Access', intro: 'What partners get to build with.', items: blocks(program.access) },
    { id: 'education', title: 'Education', intro: 'Guides and training for partner teams.', items: blocks(program.education) },
    { id: 'business', title: 'Business', intro: 'Commercial terms: pricing, deals and funding.', items: blocks(program.business) },
    { id: 'innovation', title: 'Innovation', intro: 'Building new things together.', items: blocks(program.innovation) },
    {
      id: 'marketing',
      title: 'Marketing',
      intro: 'Reaching customers together.',
      items: [
        ...blocks({ coMarketing: program.marketing?.coMarketing, toolkit: program.marketing?.toolkit }),
        ...(program.marketing?.goToMarketKits ?? []).map(item),
      ],
    },
    {
      id: 'communications',
      title: 'Communications',
      intro: 'Where the program talks with its partners.',
      items: (program.communications ?? []).map((channel) => ({ title: channel.name, summary: channel.description, url: channel.url, tiers: [] })),
    },
    {
      id: 'events',
      title: 'Events',
      intro: 'Speaking, sponsorship and exhibition opportunities.',
      items: (program.events ?? []).map((event) => ({
        title: event.title,
        summary: event.description,
        url: event.url,
        tiers: [],
        note: event.date ? `${capitalise(event.kind)} · ${event.date}` : capitalise(event.kind),
        event: { kind: capitalise(event.kind), date: event.date },
      })),
    },
    {
      id: 'support',
      title: 'Support',
      intro: 'How partners get help, by tier.',
      items: (program.support ?? []).map((channel) => ({
        title: channel.name,
        summary: channel.description,
        url: channel.url,
        tiers: channel.tiers.map((id) => tierName.get(id) ?? id),
        note: channel.responseTime ? `Response within ${channel.responseTime}` : undefined,
      })),
    },
  ];
  return sections.filter((section) => section.items.length > 0);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
