// How complete the program is against the building blocks of an API partner program: what it
// has, what it lacks, and a one-line suggestion for each gap. Computed from validated content.
import type { Content } from '../loader/content-types.ts';
import { routes } from '../routes.ts';
import { laddersOf } from './ladders.ts';
import { feesOf } from './tier-offer.ts';

export interface AuditBlock {
  name: string;
  present: boolean;
  /** What the program has, or for a gap what is missing when it can be named: plain text that may quote the content. */
  detail: string;
  /** For a gap, what to add: our own words, with field names and paths as `code` (Markdown). */
  suggestion: string;
}

export interface AuditArea {
  area: string;
  blocks: AuditBlock[];
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const has = (name: string, present: boolean, detail: string, suggestion: string, missing = ''): AuditBlock => ({
  name,
  present,
  detail: present ? detail : missing,
  suggestion: present ? '' : suggestion,
});

export function programAudit(content: Content): AuditArea[] {
  const { program, partners, caseStudies, news, activity, brandAssets, apps } = content;
  const active = partners.filter((p) => p.status === 'active');
  const activeSlugs = new Set(active.map((p) => p.slug));
  const listedApps = apps.filter((app) => activeSlugs.has(app.partner));
  const block = (group: Record<string, { title: string } | undefined> | undefined, key: string) => group?.[key];
  const eventKinds = new Set((program.events ?? []).map((e) => e.kind));
  const supportedTiers = new Set((program.support ?? []).flatMap((s) => s.tiers));
  // Above the first tier of every ladder (a track's, or the one ladder of every tier).
  const firstTiers = new Set(laddersOf(program).map((ladder) => ladder.tiers[0]?.id));
  const paidOrAbove = program.tiers.filter((tier) => !firstTiers.has(tier.id));
  const ledgers = new Set(activity.map((ledger) => ledger.slug));

  return [
    {
      area: 'Purpose',
      blocks: [
        has(
          'Purpose statement',
          program.purpose.trim().length > 40,
          'purpose is written',
          'write a paragraph in `purpose`: why the program exists and for whom',
        ),
        has(
          'Value for partners',
          program.value.length > 0,
          `${program.value.length} value points`,
          'list what partners gain under `value` (reach, access, revenue)',
        ),
      ],
    },
    {
      area: 'On-boarding',
      blocks: [
        has('Overview', !!program.onboarding, 'onboarding.overview', 'describe how joining works in `onboarding.overview`'),
        has(
          'Getting-started steps',
          (program.onboarding?.steps.length ?? 0) > 0,
          `${program.onboarding?.steps.length ?? 0} steps`,
          'add `onboarding.steps`: the first things a new partner does',
        ),
        has('Sign-up', !!program.onboarding?.signup, program.onboarding?.signup.url ?? '', 'add `onboarding.signup` with the application link'),
        has(
          'Contact',
          !!program.onboarding?.contact,
          program.onboarding?.contact?.email ?? program.onboarding?.contact?.url ?? '',
          'add `onboarding.contact`, an address partners can write to',
        ),
      ],
    },
    {
      area: 'Access',
      blocks: (['earlyAccess', 'partnerApis', 'sandbox', 'demoAccounts'] as const).map((key) => {
        const labels = {
          earlyAccess: ['Early access', 'offer new endpoints to partners before general availability'],
          partnerApis: ['Partner-only APIs', 'describe APIs only partners can use'],
          sandbox: ['Sandbox', 'offer a sandbox with test data'],
          demoAccounts: ['Demo accounts', "offer demo accounts for partners' sales conversations"],
        } as const;
        const found = block(program.access, key);
        return has(labels[key][0], !!found, found?.title ?? '', `add \`access.${key}\`: ${labels[key][1]}`);
      }),
    },
    {
      area: 'Education',
      blocks: [
        has('Partner guide', !!program.education?.guide, program.education?.guide?.title ?? '', 'add `education.guide`: the program explained end to end'),
        has(
          'Training',
          !!program.education?.training,
          program.education?.training?.title ?? '',
          'add `education.training`: courses for partner engineers and sellers',
        ),
      ],
    },
    {
      area: 'Business',
      blocks: (['discounts', 'deals', 'funding', 'grants', 'incubator', 'resell', 'affiliate'] as const).map((key) => {
        const found = block(program.business, key);
        return has(
          key.charAt(0).toUpperCase() + key.slice(1),
          !!found,
          found?.title ?? '',
          `consider \`business.${key}\`${key === 'deals' ? ' (deal registration)' : key === 'affiliate' ? ' (referral terms)' : ''}`,
        );
      }),
    },
    {
      area: 'Innovation',
      blocks: (['ideas', 'labs', 'proofOfConcept'] as const).map((key) => {
        const found = block(program.innovation, key);
        const label = { ideas: 'Ideas', labs: 'Labs', proofOfConcept: 'Proof-of-concept program' }[key];
        return has(label, !!found, found?.title ?? '', `consider \`innovation.${key}\` to build new things with partners`);
      }),
    },
    {
      area: 'Exposure',
      blocks: [
        has('Directory listings', active.length > 0, `${active.length} active partners`, 'add partner files under partners/'),
        has(
          'Featured partners',
          active.some((p) => p.featured),
          `${active.filter((p) => p.featured).length} featured`,
          'mark outstanding partners `featured: true` for the home page and showcase',
        ),
        has('Case studies', caseStudies.length > 0, `${caseStudies.length} case studies`, 'publish case studies under case-studies/'),
        has('News', news.length > 0, `${news.length} posts`, 'announce partners and program changes under news/'),
      ],
    },
    {
      area: 'Marketplace',
      blocks: [
        has(
          'App listings',
          listedApps.length > 0,
          `${plural(listedApps.length, 'app')} by ${plural(new Set(listedApps.map((app) => app.partner)).size, 'partner')}`,
          "list partners' apps and integrations under apps/ (one file each, naming its partner)",
        ),
        has(
          'App certifications',
          program.appCertifications.length > 0,
          `${program.appCertifications.length} defined, held by ${plural(listedApps.filter((app) => app.certifications.length > 0).length, 'app')}`,
          'define `appCertifications` in program.yaml, e.g. "Built for <platform>", with criteria and a validity',
        ),
        has(
          'Featured apps',
          listedApps.some((app) => app.featured),
          `${listedApps.filter((app) => app.featured).length} featured`,
          'mark outstanding apps `featured: true` for the showcase',
        ),
      ],
    },
    {
      area: 'Marketing',
      blocks: [
        has(
          'Co-marketing',
          !!program.marketing?.coMarketing,
          program.marketing?.coMarketing?.title ?? '',
          'add `marketing.coMarketing`: how partners request joint marketing',
        ),
        has(
          'Toolkit',
          !!program.marketing?.toolkit || brandAssets.length > 0,
          `${brandAssets.length} brand assets`,
          'add `marketing.toolkit` and brand assets in brand/brand.yaml',
        ),
        has(
          'Go-to-market kits',
          (program.marketing?.goToMarketKits?.length ?? 0) > 0,
          `${program.marketing?.goToMarketKits?.length ?? 0} kits`,
          'add `marketing.goToMarketKits`: templates for launching together',
        ),
      ],
    },
    {
      area: 'Branding',
      blocks: [
        has(
          'Brand colours',
          (program.branding?.colors.length ?? 0) > 0,
          `${program.branding?.colors.length ?? 0} colours`,
          'list brand colours under `branding.colors`',
        ),
        has(
          'Logos',
          brandAssets.some((a) => a.kind === 'logo' || a.kind === 'wordmark'),
          `${brandAssets.filter((a) => a.kind === 'logo' || a.kind === 'wordmark').length} logos`,
          'add logos to brand/brand.yaml',
        ),
        has(
          'Usage rules',
          !!program.branding?.usage && program.branding.usage.do.length + program.branding.usage.dont.length > 0,
          "do and don't",
          "write `branding.usage` do and don't rules",
        ),
        has(
          'Boilerplate',
          !!program.branding?.boilerplate,
          'boilerplate copy',
          'write `branding.boilerplate`, the paragraph partners paste into press releases',
        ),
      ],
    },
    {
      area: 'Communications',
      blocks: [
        has(
          'Channels',
          (program.communications?.length ?? 0) > 0,
          (program.communications ?? []).map((c) => c.name).join(', '),
          'list `communications` channels: newsletter, forum, chat',
        ),
      ],
    },
    {
      area: 'Events',
      blocks: [
        has('Speaking', eventKinds.has('speaking'), 'speaking opportunities', 'offer speaking slots (`events` of kind speaking)'),
        has('Sponsorship', eventKinds.has('sponsorship'), 'sponsorship', 'offer sponsorship (`events` of kind sponsorship)'),
        has(
          'Exhibition',
          eventKinds.has('exhibition') || eventKinds.has('conference'),
          'exhibition or conference',
          'offer an expo or conference presence (`events` of kind exhibition)',
        ),
      ],
    },
    {
      area: 'Support',
      blocks: [
        has('Support channels', (program.support?.length ?? 0) > 0, `${program.support?.length ?? 0} channels`, 'describe `support` channels'),
        has(
          'Support for every tier',
          program.tiers.every((t) => supportedTiers.has(t.id)),
          'every tier has a channel',
          `give each of these tiers a support channel`,
          program.tiers
            .filter((t) => !supportedTiers.has(t.id))
            .map((t) => t.name)
            .join(', '),
        ),
      ],
    },
    {
      area: 'Platform',
      blocks: [
        has('Published site', true, program.site.url, ''),
        has('API and feeds', true, `${routes.apiV1Root}/, ${routes.atomFeed}, ${routes.partnersCsv} (built in)`, ''),
      ],
    },
    {
      area: 'Observability',
      blocks: [
        has(
          'Activity types with weights',
          program.activityTypes.length > 0,
          `${program.activityTypes.length} types`,
          'define `activityTypes` and their weights',
        ),
        has(
          'Activity ledgers',
          activity.length > 0,
          `${active.filter((p) => ledgers.has(p.slug)).length} of ${active.length} active partners have a ledger`,
          'record what each side does in `activity/<slug>.yaml`',
        ),
      ],
    },
    {
      area: 'Accreditation',
      blocks: [
        has(
          'Certifications',
          program.certifications.length > 0,
          `${program.certifications.length} certifications`,
          'define `certifications` with their validity',
        ),
        has(
          'Certified partners',
          active.some((p) => p.certifications.length > 0),
          `${active.filter((p) => p.certifications.length > 0).length} partners certified`,
          "record partners' certifications under `certifications:` in their files",
        ),
      ],
    },
    {
      area: 'Partner types',
      blocks: [
        has(
          'Several partner types',
          program.partnerTypes.length >= 2,
          `${program.partnerTypes.length} types`,
          'distinguish partner types (technology, agency, reseller…) in `partnerTypes`',
        ),
      ],
    },
    {
      area: 'Requirements',
      blocks: [
        has(
          'Measurable requirements',
          paidOrAbove.length > 0 && paidOrAbove.every((t) => t.requirements.some((r) => r.measure)),
          'every tier above the first has a measurable requirement',
          'give tiers above the first a requirement with a `measure`, so progress is tracked',
        ),
        has(
          'Fees stated',
          paidOrAbove.every((t) => t.invitationOnly || feesOf(t).length > 0),
          'fees per tier',
          "state each tier's `fees` (0 for free tiers), or mark it `invitationOnly`",
        ),
      ],
    },
  ];
}
