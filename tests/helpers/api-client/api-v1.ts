export interface paths {
    "/program.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The program: name, vocabularies, certifications and the other endpoints. */
        get: operations["program"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiers.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tiers with benefits, requirements, fees and partner counts. */
        get: operations["tiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every partner, active, inactive and former, with summary fields, status and badge status: page 1; `next` leads to the others. */
        get: operations["partners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{slug}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One partner's full public profile: status, certifications, badge status, whether it was active this quarter (when published); at a former slug, where the partner moved to. */
        get: operations["partner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/case-studies.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Case studies, newest first. */
        get: operations["caseStudies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apps.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every app in the marketplace, with summary fields, pricing and the partner behind it. */
        get: operations["apps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apps/{slug}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One app's full listing: what it does with the APIs, screenshots, links, certifications and related case studies. */
        get: operations["app"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certifications.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every certification held by a partner or a listed app, with earned, expires and status: page 1; `next` leads to the others. */
        get: operations["certifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest change events (partners, apps, certifications, posts), newest first, with a link to older pages. */
        get: operations["changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes/{slug}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A full archive page of change events, by number (1 is the oldest); it never changes once published. */
        get: operations["changesArchive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When the site was built and from which commit of the content: the one file that changes with every build (sync clients compare the others' bytes or ETags). */
        get: operations["status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/badges/{slug}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's tier badge in the shields.io endpoint format; inactive and former partners' badges say so. */
        get: operations["tierBadge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/badges/{slug}/{certification}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certification badge of a partner in the shields.io endpoint format; an expired certification says "expired". */
        get: operations["certificationBadge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/badges/apps/{slug}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An app's "Works with" badge in the shields.io endpoint format; an app no longer listed says so. */
        get: operations["appBadge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change events of changes.json with readable titles, as an Atom feed, newest first. */
        get: operations["atomFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same entries as the Atom feed, as a JSON Feed. */
        get: operations["jsonFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed/{page}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A full archive page of the Atom feed (RFC 5005), 1 the oldest: once full it never changes. */
        get: operations["atomFeedArchive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed/{page}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same archive page as a JSON Feed. */
        get: operations["jsonFeedArchive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every active partner, one row each, for spreadsheets and CRMs. */
        get: operations["partnersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apps.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every listed app, one row each, for spreadsheets and CRMs. */
        get: operations["appsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every partner, any status, as one full Partner record a line: the whole directory in one download. */
        get: operations["partnersNdjson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Term: {
            id: string;
            name: string;
        };
        /** @description An image the site publishes (WebP), with its size in pixels. */
        Image: {
            /**
             * Format: uri
             * @description An absolute URL.
             */
            url: string;
            width: number;
            height: number;
            /** @description What the image shows. */
            alt: string;
        };
        /**
         * @description active and expiring are current; expired and revoked are not.
         * @enum {string}
         */
        BadgeStatus: "active" | "expiring" | "expired" | "revoked";
        /**
         * @description active: a current partner; inactive: the partnership is paused; former: the partnership has ended (an alumnus). Only an active partner is endorsed by the program.
         * @enum {string}
         */
        PartnerStatus: "active" | "inactive" | "former";
        PartnerSummary: {
            /**
             * Format: uuid
             * @description Immutable: the same under every slug the partner has had, so a renamed partner is the same record. Key synced records on it, not on the slug.
             */
            id: string;
            slug: string;
            name: string;
            status: components["schemas"]["PartnerStatus"];
            /** @description When the partner's status last changed, from the content's git history; null when the history does not say. */
            statusSince: string | null;
            /** @description When the partner's file last changed, from the content's git history; null when the history does not say. */
            updated: string | null;
            /** @description The tier an active partner holds; for an inactive or former partner, the last tier it held, which it no longer holds (its badgeStatus is expired or revoked). */
            tier: components["schemas"]["Term"];
            types: components["schemas"]["Term"][];
            regions: components["schemas"]["Term"][];
            industries: components["schemas"]["Term"][];
            summary: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            website: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            logo: string;
            /**
             * Format: uri
             * @description The profile page of an active partner; an inactive or former partner has none, so this is its verify page, which states its standing.
             */
            profile: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            verify: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            badge: string;
            /** @description What the tier badge says: active for an active partner, expired for an inactive one, revoked for a former one. */
            badgeStatus: components["schemas"]["BadgeStatus"];
            since: string | null;
            /** @description Shown on the showcase; never true for a partner that is not active. */
            featured: boolean;
            /** @description The country of the head office: its ISO 3166-1 alpha-2 code and name. */
            headquarters: {
                code: string;
                /** @description The country's name in English. */
                name: string;
            } | null;
            /** @description Languages the partner works in: BCP 47 codes and names. */
            languages: {
                code: string;
                /** @description The language's name in English. */
                name: string;
            }[];
            /** @description The year the company was founded. */
            founded: number | null;
        };
        /**
         * @description valid, expiring (within 30 days of its end) or expired, by its dates; revoked when the holder is no longer an active partner: a certification never outlives the partnership.
         * @enum {string}
         */
        CertificationStatus: "valid" | "expiring" | "expired" | "revoked";
        Certification: {
            id: string;
            name: string;
            /**
             * Format: date
             * @description An ISO date, YYYY-MM-DD.
             */
            earned: string;
            /**
             * Format: date
             * @description An ISO date, YYYY-MM-DD.
             */
            expires: string;
            status: components["schemas"]["CertificationStatus"];
            /**
             * Format: uri
             * @description An absolute URL.
             */
            badge: string;
        };
        /**
         * @description activity: a count of ledger activities; metric: a threshold on a recorded metric; certified-people: people holding a certification; any-of: one of several.
         * @enum {string}
         */
        RequirementKind: "activity" | "metric" | "certified-people" | "any-of";
        Partner: {
            /**
             * Format: uuid
             * @description Immutable: the same under every slug the partner has had, so a renamed partner is the same record. Key synced records on it, not on the slug.
             */
            id: string;
            slug: string;
            name: string;
            status: components["schemas"]["PartnerStatus"];
            /** @description When the partner's status last changed, from the content's git history; null when the history does not say. */
            statusSince: string | null;
            /** @description When the partner's file last changed, from the content's git history; null when the history does not say. */
            updated: string | null;
            /** @description The tier an active partner holds; for an inactive or former partner, the last tier it held, which it no longer holds (its badgeStatus is expired or revoked). */
            tier: components["schemas"]["Term"];
            types: components["schemas"]["Term"][];
            regions: components["schemas"]["Term"][];
            industries: components["schemas"]["Term"][];
            summary: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            website: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            logo: string;
            /**
             * Format: uri
             * @description The profile page of an active partner; an inactive or former partner has none, so this is its verify page, which states its standing.
             */
            profile: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            verify: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            badge: string;
            /** @description What the tier badge says: active for an active partner, expired for an inactive one, revoked for a former one. */
            badgeStatus: components["schemas"]["BadgeStatus"];
            since: string | null;
            /** @description Shown on the showcase; never true for a partner that is not active. */
            featured: boolean;
            /** @description The country of the head office: its ISO 3166-1 alpha-2 code and name. */
            headquarters: {
                code: string;
                /** @description The country's name in English. */
                name: string;
            } | null;
            /** @description Languages the partner works in: BCP 47 codes and names. */
            languages: {
                code: string;
                /** @description The language's name in English. */
                name: string;
            }[];
            /** @description The year the company was founded. */
            founded: number | null;
            description: string | null;
            services: string[];
            integrations: {
                name: string;
                category: components["schemas"]["Term"];
                description: string | null;
                url: string | null;
            }[];
            /** @description Public contacts only. */
            contacts: {
                name: string;
                role: string | null;
                email: string | null;
                url: string | null;
            }[];
            links: {
                label: string;
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                url: string;
            }[];
            certifications: components["schemas"]["Certification"][];
            /** @description How many people at the partner hold each certification on the build date: counts only, never names; empty for a partner that is not active. */
            certifiedPeople: {
                certification: string;
                name: string;
                people: number;
            }[];
            badgeDetails: {
                status: components["schemas"]["BadgeStatus"];
                message: string;
                description: string;
                /**
                 * Format: date
                 * @description The date of what the badge states: when the partner's file last changed (from the content's git history), else the date of the content's last change. Not the build date.
                 */
                asOf: string;
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                svg: string;
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                shields: string;
            };
            /** @description Whether the partner recorded an activity with the program this calendar quarter; null when the program does not publish it (program.yaml reciprocity.publish.activeThisQuarter). */
            activeThisQuarter: boolean | null;
            caseStudies: {
                slug: string;
                title: string;
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                url: string;
            }[];
        };
        /** @description Every partner, active, inactive and former, with its status, in pages ordered by id: a partner keeps its place whatever it is renamed to, so an edit to a partner changes only the page it is on (a partner added or removed moves those after it). */
        PartnerList: {
            /** @constant */
            version: "v1";
            /**
             * Format: date
             * @description The newest date any partner on this page was last changed (from the content's git history), else the date of the content's last change: not the build date, so a page changes only when what it lists changes.
             */
            generated: string;
            /** @description How many partners this page holds. */
            count: number;
            partners: components["schemas"]["PartnerSummary"][];
            /** @description This file's page of the partner list, from 1. */
            page: number;
            /** @description How many pages the partner list has; every page holds the same number of records (PARTNERKIT_API_PAGE_SIZE, 1,000 unless the program sets another) except the last. */
            pages: number;
            /** @description How many records the partner list holds over all its pages. */
            total: number;
            /** @description The next page, or null on the last page. */
            next: string | null;
        };
        /** @description What a partner's former slug answers with: the partner was renamed, its record is at movedTo. */
        Moved: {
            /**
             * Format: uri
             * @description The partner's file under its current slug.
             */
            movedTo: string;
            /**
             * Format: uuid
             * @description The immutable id of the partner, as in its record.
             */
            id: string;
            /** @description The partner's current slug. */
            slug: string;
        };
        Tier: {
            id: string;
            name: string;
            rank: number;
            description: string | null;
            fee: {
                amount: number;
                currency: string;
                period: string;
            } | null;
            benefits: string[];
            requirements: {
                description: string;
                kind: components["schemas"]["RequirementKind"] | null;
                activity: string | null;
                count: number | null;
                per: string | null;
                window: ("calendar" | "rolling") | null;
                metric: string | null;
                atLeast: number | null;
                currency: string | null;
                certification: string | null;
                people: number | null;
                /** @description For kind any-of: the alternatives, any one of which meets the requirement. */
                anyOf: {
                    kind: components["schemas"]["RequirementKind"] | null;
                    activity: string | null;
                    count: number | null;
                    per: string | null;
                    window: ("calendar" | "rolling") | null;
                    metric: string | null;
                    atLeast: number | null;
                    currency: string | null;
                    certification: string | null;
                    people: number | null;
                }[] | null;
            }[];
            partners: number;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            url: string;
            /** @description Every fee of the tier, in every currency listed; empty when free or by invitation. */
            fees: {
                amount: number;
                /** @description ISO 4217 currency code. */
                currency: string;
                /** @description one-time, month or year. */
                period: string;
                /** @description What the fee is for, when the program names it. */
                label: string | null;
            }[];
            /** @description Partners join this tier only when invited. */
            invitationOnly: boolean;
            /** @description The tier's colour as #rrggbb, when the program sets one. */
            color: string | null;
            /** @description Ids of the tracks whose ladder holds this tier; empty when the program has one ladder. */
            tracks: string[];
            /** @description The benefits partners at this tier get, with their value at this tier. */
            benefitValues: {
                id: string;
                name: string;
                /** @description The building block the benefit belongs to, or "other". */
                group: string;
                /** @description What the tier gets, e.g. "Included", "4 hours" or "€10,000". */
                value: string;
            }[];
        };
        TierList: {
            /** @constant */
            version: "v1";
            /**
             * Format: date
             * @description The date of the content's last change (its last commit), else the build date when the content has no git history.
             */
            generated: string;
            tiers: components["schemas"]["Tier"][];
        };
        /** @description Where and how partners' own systems propose changes; present when program.yaml names the repository (site.repository). */
        Contribute: {
            /**
             * Format: uri
             * @description The repository that holds the program's content; partners propose changes to their listing there as pull requests.
             */
            repository: string;
            /** @description The form that starts a partner application (an issue form of the repository); null when the repository is not on GitHub. */
            applicationForm: string | null;
            /** @description The form that submits an app to the marketplace; null when the repository is not on GitHub. */
            appSubmissionForm: string | null;
            /** @description The JSON Schema of each kind of content file, for writing files the program accepts. */
            contentSchemas: {
                /** @description The kind of content file, e.g. partner or app. */
                kind: string;
                /** @description Where such files live in the repository, e.g. partners/<slug>.yaml. */
                files: string[];
                /**
                 * Format: uri
                 * @description The JSON Schema every such file must match.
                 */
                schema: string;
            }[];
        };
        /** @description The body of a 404 for a path of the API that is not published (RFC 9457 problem details). */
        Error: {
            /**
             * @description RFC 9457: no problem type beyond the HTTP status.
             * @constant
             */
            type: "about:blank";
            /** @description The HTTP status code, 404. */
            status: number;
            /** @description The HTTP status in words, "Not Found". */
            title: string;
            /** @description What is missing and where to look instead. */
            detail: string;
            /**
             * Format: uri
             * @description The API's documentation.
             */
            documentation: string;
        };
        Program: {
            /** @constant */
            version: "v1";
            /**
             * Format: date
             * @description The date program.yaml last changed (its last commit), else the build date when the content has no git history.
             */
            generated: string;
            name: string;
            /** @description The company that runs the program (named as the program when program.yaml does not name it). */
            organization: {
                name: string;
                website: string | null;
            };
            tagline: string;
            purpose: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            url: string;
            partnerTypes: components["schemas"]["Term"][];
            regions: components["schemas"]["Term"][];
            industries: components["schemas"]["Term"][];
            integrationCategories: components["schemas"]["Term"][];
            certifications: {
                id: string;
                name: string;
                description: string;
                validityMonths: number;
            }[];
            signup: string | null;
            /** @description Ladders of tiers per partner type; empty when every partner climbs the one ladder of tiers. */
            tracks: {
                id: string;
                name: string;
                /** @description Ids of the partner types that climb this ladder. */
                partnerTypes: string[];
                /** @description Tier ids of the ladder, from the first to the highest. */
                tiers: string[];
            }[];
            endpoints: {
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                partners: string;
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                tiers: string;
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                caseStudies: string;
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                openapi: string;
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                apps: string;
                /**
                 * Format: uri
                 * @description Every held certification, with its holder, dates and status.
                 */
                certifications: string;
                /**
                 * Format: uri
                 * @description Every partner as one full Partner record per line (application/x-ndjson): the whole directory in one download.
                 */
                partnersNdjson: string;
            };
            /** @description Certifications apps in the marketplace can earn, with their criteria. */
            appCertifications: {
                id: string;
                name: string;
                criteria: string[];
                validityMonths: number;
            }[];
            contribute?: components["schemas"]["Contribute"];
        };
        CaseStudyList: {
            /** @constant */
            version: "v1";
            /**
             * Format: date
             * @description The date a case study last changed (its last commit), else the build date when the content has no git history.
             */
            generated: string;
            caseStudies: {
                slug: string;
                title: string;
                summary: string;
                /**
                 * Format: date
                 * @description An ISO date, YYYY-MM-DD.
                 */
                published: string;
                partners: string[];
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                url: string;
                industry: components["schemas"]["Term"] | null;
                customer: {
                    name: string;
                    website: string | null;
                    logo: string | null;
                } | null;
                image: components["schemas"]["Image"] | null;
            }[];
        };
        AppSummary: {
            /**
             * Format: uuid
             * @description Immutable: the same under every slug the app has had. Key synced records on it, not on the slug.
             */
            id: string;
            /** @description When the app's file last changed, from the content's git history; null when the history does not say. */
            updated: string | null;
            slug: string;
            name: string;
            kind: components["schemas"]["Term"];
            categories: components["schemas"]["Term"][];
            summary: string;
            /** @description How it is paid for. */
            pricing: {
                /** @enum {string} */
                model: "free" | "freemium" | "paid" | "contact";
                from: {
                    amount: number;
                    currency: string;
                    period: string;
                } | null;
                /** @description As the marketplace shows it, e.g. "Paid, from $29 a month". */
                label: string;
            };
            /** @description The partner behind it. */
            partner: {
                slug: string;
                name: string;
                tier: components["schemas"]["Term"];
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                profile: string;
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                verify: string;
            };
            regions: components["schemas"]["Term"][];
            /** @description Language tags (e.g. pt-BR) with their English names. */
            languages: components["schemas"]["Term"][];
            /**
             * Format: uri
             * @description An absolute URL.
             */
            icon: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            page: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            install: string;
            /**
             * Format: date
             * @description An ISO date, YYYY-MM-DD.
             */
            listedSince: string;
            featured: boolean;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            verify: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            badge: string;
            badgeStatus: components["schemas"]["BadgeStatus"];
        };
        App: {
            /**
             * Format: uuid
             * @description Immutable: the same under every slug the app has had. Key synced records on it, not on the slug.
             */
            id: string;
            /** @description When the app's file last changed, from the content's git history; null when the history does not say. */
            updated: string | null;
            slug: string;
            name: string;
            kind: components["schemas"]["Term"];
            categories: components["schemas"]["Term"][];
            summary: string;
            /** @description How it is paid for. */
            pricing: {
                /** @enum {string} */
                model: "free" | "freemium" | "paid" | "contact";
                from: {
                    amount: number;
                    currency: string;
                    period: string;
                } | null;
                /** @description As the marketplace shows it, e.g. "Paid, from $29 a month". */
                label: string;
            };
            /** @description The partner behind it. */
            partner: {
                slug: string;
                name: string;
                tier: components["schemas"]["Term"];
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                profile: string;
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                verify: string;
            };
            regions: components["schemas"]["Term"][];
            /** @description Language tags (e.g. pt-BR) with their English names. */
            languages: components["schemas"]["Term"][];
            /**
             * Format: uri
             * @description An absolute URL.
             */
            icon: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            page: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            install: string;
            /**
             * Format: date
             * @description An ISO date, YYYY-MM-DD.
             */
            listedSince: string;
            featured: boolean;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            verify: string;
            /**
             * Format: uri
             * @description An absolute URL.
             */
            badge: string;
            badgeStatus: components["schemas"]["BadgeStatus"];
            description: string | null;
            /** @description What it does with the platform's APIs, one line each. */
            usesApis: string[];
            pricingDetails: string | null;
            docs: string | null;
            support: string | null;
            privacyPolicy: string | null;
            screenshots: {
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                url: string;
                caption: string;
                width: number;
                height: number;
            }[];
            certifications: components["schemas"]["Certification"][];
            reviewed: string | null;
            /** @description Case studies about the app's partner. */
            caseStudies: {
                slug: string;
                title: string;
                /**
                 * Format: uri
                 * @description An absolute URL.
                 */
                url: string;
            }[];
        };
        /** @description Every listed app (apps of active partners), in pages ordered by id. */
        AppList: {
            /** @constant */
            version: "v1";
            /**
             * Format: date
             * @description The newest date any app on this page was last changed (from the content's git history), else the date of the content's last change: not the build date, so a page changes only when what it lists changes.
             */
            generated: string;
            /** @description How many apps this page holds. */
            count: number;
            apps: components["schemas"]["AppSummary"][];
            /** @description This file's page of the app list, from 1. */
            page: number;
            /** @description How many pages the app list has; every page holds the same number of records (PARTNERKIT_API_PAGE_SIZE, 1,000 unless the program sets another) except the last. */
            pages: number;
            /** @description How many records the app list holds over all its pages. */
            total: number;
            /** @description The next page, or null on the last page. */
            next: string | null;
        };
        CertificationHolding: {
            /** @description Who holds it: a partner (any status) or a listed app. */
            holder: {
                /** @enum {string} */
                kind: "partner" | "app";
                /**
                 * Format: uuid
                 * @description The holder's immutable id, as in its record.
                 */
                id: string;
                slug: string;
                name: string;
            };
            /** @description The certification: its id in program.json (certifications or appCertifications) and its name. */
            certification: components["schemas"]["Term"];
            /**
             * Format: date
             * @description An ISO date, YYYY-MM-DD.
             */
            earned: string;
            /**
             * Format: date
             * @description An ISO date, YYYY-MM-DD.
             */
            expires: string;
            status: components["schemas"]["CertificationStatus"];
        };
        /** @description Every certification held by a partner or a listed app, the same as in the holders' own records, in pages ordered by the holder's id, then the certification's id. */
        CertificationList: {
            /** @constant */
            version: "v1";
            /**
             * Format: date
             * @description The newest date any holder on this page was last changed (from the content's git history), else the date of the content's last change: not the build date, so a page changes only when what it lists changes.
             */
            generated: string;
            /** @description How many certifications this page holds. */
            count: number;
            certifications: components["schemas"]["CertificationHolding"][];
            /** @description This file's page of the certification list, from 1. */
            page: number;
            /** @description How many pages the certification list has; every page holds the same number of records (PARTNERKIT_API_PAGE_SIZE, 1,000 unless the program sets another) except the last. */
            pages: number;
            /** @description How many records the certification list holds over all its pages. */
            total: number;
            /** @description The next page, or null on the last page. */
            next: string | null;
        };
        /** @description The partner, app, case study or news post an event is about. */
        ChangeEntity: {
            /**
             * @description What changed: a partner, an app, a case study or a news post.
             * @enum {string}
             */
            kind: "partner" | "app" | "case-study" | "news";
            /**
             * Format: uuid
             * @description Its immutable id: the same under every slug it has had; key your records on it.
             */
            id: string;
            /** @description Its slug when the event happened (its path in this API, e.g. /partners/{slug}.json). */
            slug: string;
            /** @description A partner's or app's name when the event happened; null for case studies and news posts (fetch them for their titles). */
            name: string | null;
        };
        /** @description One change to the program, by type. */
        ChangeEvent: {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "partner.joined";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
            /** @description Its tier id when it joined (a tier the program may have dropped since); null when its file held no valid tier id. */
            tier: string | null;
            /** @description Its status when it joined (active, inactive or alumni); null when its file held another value. */
            status: string | null;
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "partner.tier-changed";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
            /** @description The tier id before; null when the old file did not hold a valid tier id. */
            from: string | null;
            /** @description The tier id after; null when the file did not hold a valid tier id. */
            to: string | null;
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "partner.status-changed";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
            /** @description The status before; null when the old file did not hold a valid status. */
            from: string | null;
            /** @description The status after; null when the file did not hold a valid status. */
            to: string | null;
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "partner.renamed";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
            /** @description The old slug. */
            from: string;
            /** @description The new slug. */
            to: string;
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "partner.updated";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
            /** @description The top-level fields of the partner file that changed (names from its content schema); fetch the partner for the values. */
            fields: string[];
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "partner.left";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "certification.earned";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
            /** @description The certification the event is about. */
            certification: {
                /** @description The certification id (program.json certifications). */
                id: string;
                /** @description When it was earned. */
                earned: string | null;
                /** @description When it expires; null on certification.earned (see the partner's certifications). */
                expires: string | null;
            };
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "certification.expiring";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
            /** @description The certification the event is about. */
            certification: {
                /** @description The certification id (program.json certifications). */
                id: string;
                /** @description When it was earned. */
                earned: string | null;
                /** @description When it expires; null on certification.earned (see the partner's certifications). */
                expires: string | null;
            };
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "certification.expired";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
            /** @description The certification the event is about. */
            certification: {
                /** @description The certification id (program.json certifications). */
                id: string;
                /** @description When it was earned. */
                earned: string | null;
                /** @description When it expires; null on certification.earned (see the partner's certifications). */
                expires: string | null;
            };
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "app.listed";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "app.updated";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
            /** @description The top-level fields of the app file that changed (names from its content schema); fetch the app for the values. */
            fields: string[];
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "app.delisted";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "case-study.published";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "news.published";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
        } | {
            /**
             * @description The kind of event.
             * @constant
             */
            type: "baseline";
            /**
             * Format: uuid
             * @description The event's id: the same in every build, so a client can tell events it has already applied.
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.
             */
            date: string;
            entity: components["schemas"]["ChangeEntity"];
        };
        /** @description A page of change events, for incremental sync. changes.json is the head: the newest events, newest first; it is empty when the newest archive page has just filled, and then the newest events are on the page next names. Older events are in numbered archive pages of a fixed size, cut from the oldest event: once full, an archive page never changes (cache it for ever). Follow next until you reach an event you have applied. */
        ChangePage: {
            /**
             * @description The API version.
             * @constant
             */
            version: "v1";
            /** @description The number of this archive page, 1 the oldest; null on the head page (changes.json). */
            page: number | null;
            /** @description The events of this page, newest first: by date, events of the same second in the order they were committed. */
            events: components["schemas"]["ChangeEvent"][];
            /** @description The page of the events just before these (older); null on page 1. */
            next: string | null;
        };
        /** @description When and from which revision of the content the site was built. */
        Status: {
            /** @constant */
            version: "v1";
            /**
             * Format: date-time
             * @description When the site was built (RFC 3339, UTC). The one value in the API that changes with every build; every other file changes only when what it describes changes.
             */
            generatedAt: string;
            /**
             * Format: date
             * @description The day the build computed date-dependent statuses for (a certification valid, expiring or expired): the other files state facts with their own dates, never this one.
             */
            buildDate: string;
            /** @description The last git commit that changed the program's records (program.yaml, partners, apps, case studies, news): what /changes.json is computed from; null when the site was built without git history. */
            contentRevision: string | null;
            /**
             * Format: date
             * @description The date of that commit (UTC): when the records last changed; the build date without git history.
             */
            contentDate: string;
            /** @description The version of this API's contract, as in the OpenAPI document's info.version. */
            apiVersion: string;
        };
        /** @description A badge in the shields.io endpoint format (https://shields.io/badges/endpoint-badge). */
        ShieldsBadge: {
            /**
             * @description The shields.io endpoint format version, always 1.
             * @constant
             */
            schemaVersion: 1;
            /** @description The left side of the badge, e.g. the program name. */
            label: string;
            /** @description The right side: the tier or certification, or the status when it is not current. */
            message: string;
            /** @description The colour of the message side, as hex without "#". */
            color: string;
            /** @description The colour of the label side, as hex without "#". */
            labelColor: string;
            /** @description True when the badge states something no longer current (expired, revoked). */
            isError: boolean;
            /** @description How long shields.io may cache the badge. */
            cacheSeconds: number;
        };
        /** @description The fields of JSON Feed (https://jsonfeed.org) the site writes; readers ignore any others. */
        JsonFeed: {
            /** @description The JSON Feed version URL. */
            version: string;
            /** @description The feed title. */
            title: string;
            /**
             * Format: uri
             * @description The program's home page.
             */
            home_page_url?: string;
            /**
             * Format: uri
             * @description The feed's own address.
             */
            feed_url?: string;
            /** @description The program's tagline. */
            description?: string;
            /** @description The entries, newest first. */
            items: {
                /** @description A stable id of the entry. */
                id: string;
                /**
                 * Format: uri
                 * @description The page the entry is about.
                 */
                url?: string;
                /** @description The entry as a line of plain text. */
                title?: string;
                /** @description The summary, as HTML. */
                content_html?: string;
                /** @description When it happened, RFC 3339. */
                date_published?: string;
                /** @description When the entry last changed, RFC 3339. */
                date_modified?: string;
                /** @description The type of the change event, e.g. partner.joined (see changes.json). */
                tags?: string[];
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    program: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program: name, vocabularies, certifications and the other endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "v1",
                     *       "generated": "2026-11-21",
                     *       "name": "Lumenrail Partner Network",
                     *       "organization": {
                     *         "name": "Lumenrail Ltd",
                     *         "website": "https://lumenrail.example"
                     *       },
                     *       "tagline": "Build, sell and grow with the Lumenrail payments API.",
                     *       "purpose": "Lumenrail is a fictional payments platform; its partner network brings together the companies that build on it.",
                     *       "url": "https://partners.lumenrail.example/",
                     *       "partnerTypes": [
                     *         {
                     *           "id": "agency",
                     *           "name": "Agency"
                     *         },
                     *         {
                     *           "id": "technology",
                     *           "name": "Technology"
                     *         }
                     *       ],
                     *       "regions": [
                     *         {
                     *           "id": "europe",
                     *           "name": "Europe"
                     *         }
                     *       ],
                     *       "industries": [
                     *         {
                     *           "id": "retail",
                     *           "name": "Retail"
                     *         }
                     *       ],
                     *       "integrationCategories": [
                     *         {
                     *           "id": "loyalty",
                     *           "name": "Loyalty"
                     *         }
                     *       ],
                     *       "certifications": [
                     *         {
                     *           "id": "integration-engineer",
                     *           "name": "Integration Engineer",
                     *           "description": "Builds and supports Lumenrail integrations.",
                     *           "validityMonths": 24
                     *         }
                     *       ],
                     *       "signup": "https://lumenrail.example/partners/apply",
                     *       "tracks": [],
                     *       "endpoints": {
                     *         "partners": "https://partners.lumenrail.example/api/v1/partners.json",
                     *         "tiers": "https://partners.lumenrail.example/api/v1/tiers.json",
                     *         "caseStudies": "https://partners.lumenrail.example/api/v1/case-studies.json",
                     *         "openapi": "https://partners.lumenrail.example/api/v1/openapi.json",
                     *         "apps": "https://partners.lumenrail.example/api/v1/apps.json",
                     *         "certifications": "https://partners.lumenrail.example/api/v1/certifications.json",
                     *         "partnersNdjson": "https://partners.lumenrail.example/api/v1/partners.ndjson"
                     *       },
                     *       "appCertifications": [
                     *         {
                     *           "id": "built-for-lumenrail",
                     *           "name": "Built for Lumenrail",
                     *           "criteria": [
                     *             "Uses webhooks for payment events."
                     *           ],
                     *           "validityMonths": 12
                     *         }
                     *       ],
                     *       "contribute": {
                     *         "repository": "https://github.com/lumenrail-example/partner-network",
                     *         "applicationForm": "https://github.com/lumenrail-example/partner-network/issues/new?template=partner-application.yml",
                     *         "appSubmissionForm": "https://github.com/lumenrail-example/partner-network/issues/new?template=app-submission.yml",
                     *         "contentSchemas": [
                     *           {
                     *             "kind": "partner",
                     *             "files": [
                     *               "partners/<slug>.yaml"
                     *             ],
                     *             "schema": "https://partners.lumenrail.example/schemas/content/partner.schema.json"
                     *           },
                     *           {
                     *             "kind": "app",
                     *             "files": [
                     *               "apps/<slug>.yaml"
                     *             ],
                     *             "schema": "https://partners.lumenrail.example/schemas/content/app.schema.json"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Program"];
                };
            };
            /** @description Not published: check the address and the version. The body is the JSON 404 (Error) when the host serves /api/v1/404.json for missing API paths (the API documentation says how); otherwise it is the host's own not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Nothing is published at this address of the Lumenrail Partner Network API.",
                     *       "documentation": "https://partners.lumenrail.example/api/"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tiers with benefits, requirements, fees and partner counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "v1",
                     *       "generated": "2026-11-21",
                     *       "tiers": [
                     *         {
                     *           "id": "gold",
                     *           "name": "Gold",
                     *           "rank": 2,
                     *           "description": "For partners with live integrations and certified engineers.",
                     *           "fee": {
                     *             "amount": 2400,
                     *             "currency": "EUR",
                     *             "period": "year"
                     *           },
                     *           "benefits": [
                     *             "Listed first in the directory",
                     *             "Four hours of solution engineering a quarter"
                     *           ],
                     *           "requirements": [
                     *             {
                     *               "description": "Two certified integration engineers",
                     *               "kind": "certified-people",
                     *               "activity": null,
                     *               "count": null,
                     *               "per": null,
                     *               "window": null,
                     *               "metric": null,
                     *               "atLeast": null,
                     *               "currency": null,
                     *               "certification": "integration-engineer",
                     *               "people": 2,
                     *               "anyOf": null
                     *             }
                     *           ],
                     *           "partners": 14,
                     *           "url": "https://partners.lumenrail.example/tiers/gold/",
                     *           "fees": [
                     *             {
                     *               "amount": 2400,
                     *               "currency": "EUR",
                     *               "period": "year",
                     *               "label": null
                     *             }
                     *           ],
                     *           "invitationOnly": false,
                     *           "color": "#b8860b",
                     *           "tracks": [],
                     *           "benefitValues": [
                     *             {
                     *               "id": "solution-engineering",
                     *               "name": "Solution engineering",
                     *               "group": "access",
                     *               "value": "4 hours"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TierList"];
                };
            };
            /** @description Not published: check the address and the version. The body is the JSON 404 (Error) when the host serves /api/v1/404.json for missing API paths (the API documentation says how); otherwise it is the host's own not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Nothing is published at this address of the Lumenrail Partner Network API.",
                     *       "documentation": "https://partners.lumenrail.example/api/"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    partners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every partner, active, inactive and former, with summary fields, status and badge status: page 1; `next` leads to the others. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "v1",
                     *       "generated": "2026-11-18",
                     *       "count": 1,
                     *       "partners": [
                     *         {
                     *           "id": "6f1c2a9e-3b7d-5e41-9c0a-8d2f4b6e1a37",
                     *           "slug": "fernhollow-digital",
                     *           "name": "Fernhollow Digital",
                     *           "status": "active",
                     *           "statusSince": "2024-03-04",
                     *           "updated": "2026-11-18",
                     *           "tier": {
                     *             "id": "gold",
                     *             "name": "Gold"
                     *           },
                     *           "types": [
                     *             {
                     *               "id": "agency",
                     *               "name": "Agency"
                     *             }
                     *           ],
                     *           "regions": [
                     *             {
                     *               "id": "europe",
                     *               "name": "Europe"
                     *             }
                     *           ],
                     *           "industries": [
                     *             {
                     *               "id": "retail",
                     *               "name": "Retail"
                     *             }
                     *           ],
                     *           "summary": "Checkout and loyalty integrations for independent retailers.",
                     *           "website": "https://fernhollow.example",
                     *           "logo": "https://partners.lumenrail.example/logos/fernhollow-digital-3f9a1c2b7e.webp",
                     *           "profile": "https://partners.lumenrail.example/partners/fernhollow-digital/",
                     *           "verify": "https://partners.lumenrail.example/verify/fernhollow-digital/",
                     *           "badge": "https://partners.lumenrail.example/badges/fernhollow-digital.svg",
                     *           "badgeStatus": "active",
                     *           "since": "2024-03-04",
                     *           "featured": true,
                     *           "headquarters": {
                     *             "code": "NL",
                     *             "name": "Netherlands"
                     *           },
                     *           "languages": [
                     *             {
                     *               "code": "nl",
                     *               "name": "Dutch"
                     *             },
                     *             {
                     *               "code": "en",
                     *               "name": "English"
                     *             }
                     *           ],
                     *           "founded": 2016
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "pages": 3,
                     *       "total": 2047,
                     *       "next": "https://partners.lumenrail.example/api/v1/partners/page/2.json"
                     *     }
                     */
                    "application/json": components["schemas"]["PartnerList"];
                };
            };
            /** @description Not published: check the address and the version. The body is the JSON 404 (Error) when the host serves /api/v1/404.json for missing API paths (the API documentation says how); otherwise it is the host's own not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Nothing is published at this address of the Lumenrail Partner Network API.",
                     *       "documentation": "https://partners.lumenrail.example/api/"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    partner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The partner's slug: its file name, in kebab-case, or one it had before (which answers with Moved). */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One partner's full public profile: status, certifications, badge status, whether it was active this quarter (when published); at a former slug, where the partner moved to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1c2a9e-3b7d-5e41-9c0a-8d2f4b6e1a37",
                     *       "slug": "fernhollow-digital",
                     *       "name": "Fernhollow Digital",
                     *       "status": "active",
                     *       "statusSince": "2024-03-04",
                     *       "updated": "2026-11-18",
                     *       "tier": {
                     *         "id": "gold",
                     *         "name": "Gold"
                     *       },
                     *       "types": [
                     *         {
                     *           "id": "agency",
                     *           "name": "Agency"
                     *         }
                     *       ],
                     *       "regions": [
                     *         {
                     *           "id": "europe",
                     *           "name": "Europe"
                     *         }
                     *       ],
                     *       "industries": [
                     *         {
                     *           "id": "retail",
                     *           "name": "Retail"
                     *         }
                     *       ],
                     *       "summary": "Checkout and loyalty integrations for independent retailers.",
                     *       "website": "https://fernhollow.example",
                     *       "logo": "https://partners.lumenrail.example/logos/fernhollow-digital-3f9a1c2b7e.webp",
                     *       "profile": "https://partners.lumenrail.example/partners/fernhollow-digital/",
                     *       "verify": "https://partners.lumenrail.example/verify/fernhollow-digital/",
                     *       "badge": "https://partners.lumenrail.example/badges/fernhollow-digital.svg",
                     *       "badgeStatus": "active",
                     *       "since": "2024-03-04",
                     *       "featured": true,
                     *       "headquarters": {
                     *         "code": "NL",
                     *         "name": "Netherlands"
                     *       },
                     *       "languages": [
                     *         {
                     *           "code": "nl",
                     *           "name": "Dutch"
                     *         },
                     *         {
                     *           "code": "en",
                     *           "name": "English"
                     *         }
                     *       ],
                     *       "founded": 2016,
                     *       "description": "Fernhollow builds checkout, loyalty and returns integrations for independent retailers across the Benelux.",
                     *       "services": [
                     *         "Integration",
                     *         "Implementation"
                     *       ],
                     *       "integrations": [
                     *         {
                     *           "name": "Loyalty Sync",
                     *           "category": {
                     *             "id": "loyalty",
                     *             "name": "Loyalty"
                     *           },
                     *           "description": null,
                     *           "url": "https://partners.lumenrail.example/apps/fernhollow-loyalty-sync/"
                     *         }
                     *       ],
                     *       "contacts": [
                     *         {
                     *           "name": "Partnerships team",
                     *           "role": null,
                     *           "email": "partners@fernhollow.example",
                     *           "url": null
                     *         }
                     *       ],
                     *       "links": [
                     *         {
                     *           "label": "Developer blog",
                     *           "url": "https://fernhollow.example/blog"
                     *         }
                     *       ],
                     *       "certifications": [
                     *         {
                     *           "id": "integration-engineer",
                     *           "name": "Integration Engineer",
                     *           "earned": "2025-09-12",
                     *           "expires": "2027-09-12",
                     *           "status": "valid",
                     *           "badge": "https://partners.lumenrail.example/badges/fernhollow-digital/integration-engineer.svg"
                     *         }
                     *       ],
                     *       "certifiedPeople": [
                     *         {
                     *           "certification": "integration-engineer",
                     *           "name": "Integration Engineer",
                     *           "people": 3
                     *         }
                     *       ],
                     *       "badgeDetails": {
                     *         "status": "active",
                     *         "message": "Gold",
                     *         "description": "Fernhollow Digital is a Gold partner of Lumenrail Partner Network.",
                     *         "asOf": "2026-11-18",
                     *         "svg": "https://partners.lumenrail.example/badges/fernhollow-digital.svg",
                     *         "shields": "https://partners.lumenrail.example/badges/fernhollow-digital.json"
                     *       },
                     *       "activeThisQuarter": null,
                     *       "caseStudies": [
                     *         {
                     *           "slug": "harbourline-loyalty",
                     *           "title": "Harbourline doubles repeat orders",
                     *           "url": "https://partners.lumenrail.example/case-studies/harbourline-loyalty/"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Partner"] | components["schemas"]["Moved"];
                };
            };
            /** @description No partner has or had this slug. The body is the JSON 404 (Error) when the host serves /api/v1/404.json for missing API paths (the API documentation says how); otherwise it is the host's own not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Nothing is published at this address of the Lumenrail Partner Network API.",
                     *       "documentation": "https://partners.lumenrail.example/api/"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    caseStudies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Case studies, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "v1",
                     *       "generated": "2026-11-21",
                     *       "caseStudies": [
                     *         {
                     *           "slug": "harbourline-loyalty",
                     *           "title": "Harbourline doubles repeat orders",
                     *           "url": "https://partners.lumenrail.example/case-studies/harbourline-loyalty/",
                     *           "summary": "A loyalty programme wired into checkout in three weeks.",
                     *           "published": "2026-05-18",
                     *           "partners": [
                     *             "fernhollow-digital"
                     *           ],
                     *           "industry": {
                     *             "id": "retail",
                     *             "name": "Retail"
                     *           },
                     *           "customer": {
                     *             "name": "Harbourline Outfitters",
                     *             "website": "https://harbourline.example",
                     *             "logo": null
                     *           },
                     *           "image": {
                     *             "url": "https://partners.lumenrail.example/logos/_cover-case-study-harbourline-loyalty-5d1e07b9c3.webp",
                     *             "width": 1200,
                     *             "height": 630,
                     *             "alt": "A shop counter with a card reader"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CaseStudyList"];
                };
            };
            /** @description Not published: check the address and the version. The body is the JSON 404 (Error) when the host serves /api/v1/404.json for missing API paths (the API documentation says how); otherwise it is the host's own not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Nothing is published at this address of the Lumenrail Partner Network API.",
                     *       "documentation": "https://partners.lumenrail.example/api/"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    apps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every app in the marketplace, with summary fields, pricing and the partner behind it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "v1",
                     *       "generated": "2026-10-02",
                     *       "count": 1,
                     *       "apps": [
                     *         {
                     *           "id": "2b8d5f0c-7e1a-5934-b6c2-1d9f3a7e4c85",
                     *           "updated": "2026-10-02",
                     *           "slug": "fernhollow-loyalty-sync",
                     *           "name": "Loyalty Sync",
                     *           "kind": {
                     *             "id": "integration",
                     *             "name": "Integration"
                     *           },
                     *           "categories": [
                     *             {
                     *               "id": "loyalty",
                     *               "name": "Loyalty"
                     *             }
                     *           ],
                     *           "summary": "Keeps loyalty points in step with every Lumenrail payment.",
                     *           "pricing": {
                     *             "model": "paid",
                     *             "from": {
                     *               "amount": 29,
                     *               "currency": "EUR",
                     *               "period": "month"
                     *             },
                     *             "label": "Paid, from €29 a month"
                     *           },
                     *           "partner": {
                     *             "slug": "fernhollow-digital",
                     *             "name": "Fernhollow Digital",
                     *             "tier": {
                     *               "id": "gold",
                     *               "name": "Gold"
                     *             },
                     *             "profile": "https://partners.lumenrail.example/partners/fernhollow-digital/",
                     *             "verify": "https://partners.lumenrail.example/verify/fernhollow-digital/"
                     *           },
                     *           "regions": [
                     *             {
                     *               "id": "europe",
                     *               "name": "Europe"
                     *             }
                     *           ],
                     *           "languages": [
                     *             {
                     *               "id": "en",
                     *               "name": "English"
                     *             }
                     *           ],
                     *           "icon": "https://partners.lumenrail.example/logos/_app-fernhollow-loyalty-sync-81c0d2e4aa.webp",
                     *           "page": "https://partners.lumenrail.example/apps/fernhollow-loyalty-sync/",
                     *           "install": "https://fernhollow.example/loyalty-sync/install",
                     *           "listedSince": "2025-02-10",
                     *           "featured": false,
                     *           "verify": "https://partners.lumenrail.example/verify/apps/fernhollow-loyalty-sync/",
                     *           "badge": "https://partners.lumenrail.example/badges/apps/fernhollow-loyalty-sync.svg",
                     *           "badgeStatus": "active"
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "pages": 1,
                     *       "total": 1,
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["AppList"];
                };
            };
            /** @description Not published: check the address and the version. The body is the JSON 404 (Error) when the host serves /api/v1/404.json for missing API paths (the API documentation says how); otherwise it is the host's own not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Nothing is published at this address of the Lumenrail Partner Network API.",
                     *       "documentation": "https://partners.lumenrail.example/api/"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    app: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The app's id: its file name, in kebab-case. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One app's full listing: what it does with the APIs, screenshots, links, certifications and related case studies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2b8d5f0c-7e1a-5934-b6c2-1d9f3a7e4c85",
                     *       "updated": "2026-10-02",
                     *       "slug": "fernhollow-loyalty-sync",
                     *       "name": "Loyalty Sync",
                     *       "kind": {
                     *         "id": "integration",
                     *         "name": "Integration"
                     *       },
                     *       "categories": [
                     *         {
                     *           "id": "loyalty",
                     *           "name": "Loyalty"
                     *         }
                     *       ],
                     *       "summary": "Keeps loyalty points in step with every Lumenrail payment.",
                     *       "pricing": {
                     *         "model": "paid",
                     *         "from": {
                     *           "amount": 29,
                     *           "currency": "EUR",
                     *           "period": "month"
                     *         },
                     *         "label": "Paid, from €29 a month"
                     *       },
                     *       "partner": {
                     *         "slug": "fernhollow-digital",
                     *         "name": "Fernhollow Digital",
                     *         "tier": {
                     *           "id": "gold",
                     *           "name": "Gold"
                     *         },
                     *         "profile": "https://partners.lumenrail.example/partners/fernhollow-digital/",
                     *         "verify": "https://partners.lumenrail.example/verify/fernhollow-digital/"
                     *       },
                     *       "regions": [
                     *         {
                     *           "id": "europe",
                     *           "name": "Europe"
                     *         }
                     *       ],
                     *       "languages": [
                     *         {
                     *           "id": "en",
                     *           "name": "English"
                     *         }
                     *       ],
                     *       "icon": "https://partners.lumenrail.example/logos/_app-fernhollow-loyalty-sync-81c0d2e4aa.webp",
                     *       "page": "https://partners.lumenrail.example/apps/fernhollow-loyalty-sync/",
                     *       "install": "https://fernhollow.example/loyalty-sync/install",
                     *       "listedSince": "2025-02-10",
                     *       "featured": false,
                     *       "verify": "https://partners.lumenrail.example/verify/apps/fernhollow-loyalty-sync/",
                     *       "badge": "https://partners.lumenrail.example/badges/apps/fernhollow-loyalty-sync.svg",
                     *       "badgeStatus": "active",
                     *       "description": "Loyalty Sync credits points when a payment settles and takes them back on a refund.",
                     *       "usesApis": [
                     *         "Reads settled payments through webhooks",
                     *         "Reads refunds to reverse points"
                     *       ],
                     *       "pricingDetails": "Free for the first 500 orders a month.",
                     *       "docs": "https://fernhollow.example/loyalty-sync/docs",
                     *       "support": "https://fernhollow.example/support",
                     *       "privacyPolicy": "https://fernhollow.example/privacy",
                     *       "screenshots": [
                     *         {
                     *           "url": "https://partners.lumenrail.example/logos/_screenshot-fernhollow-loyalty-sync-1-0a4b9e2f61.webp",
                     *           "caption": "Points per order",
                     *           "width": 1280,
                     *           "height": 800
                     *         }
                     *       ],
                     *       "certifications": [
                     *         {
                     *           "id": "built-for-lumenrail",
                     *           "name": "Built for Lumenrail",
                     *           "earned": "2025-03-01",
                     *           "expires": "2026-03-01",
                     *           "status": "expired",
                     *           "badge": "https://partners.lumenrail.example/badges/apps/fernhollow-loyalty-sync/built-for-lumenrail.svg"
                     *         }
                     *       ],
                     *       "reviewed": "2026-10-02",
                     *       "caseStudies": [
                     *         {
                     *           "slug": "harbourline-loyalty",
                     *           "title": "Harbourline doubles repeat orders",
                     *           "url": "https://partners.lumenrail.example/case-studies/harbourline-loyalty/"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["App"];
                };
            };
            /** @description No listed app has this slug. The body is the JSON 404 (Error) when the host serves /api/v1/404.json for missing API paths (the API documentation says how); otherwise it is the host's own not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Nothing is published at this address of the Lumenrail Partner Network API.",
                     *       "documentation": "https://partners.lumenrail.example/api/"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    certifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every certification held by a partner or a listed app, with earned, expires and status: page 1; `next` leads to the others. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "v1",
                     *       "generated": "2026-11-18",
                     *       "count": 1,
                     *       "certifications": [
                     *         {
                     *           "holder": {
                     *             "kind": "partner",
                     *             "id": "6f1c2a9e-3b7d-5e41-9c0a-8d2f4b6e1a37",
                     *             "slug": "fernhollow-digital",
                     *             "name": "Fernhollow Digital"
                     *           },
                     *           "certification": {
                     *             "id": "integration-engineer",
                     *             "name": "Integration Engineer"
                     *           },
                     *           "earned": "2025-09-12",
                     *           "expires": "2027-09-12",
                     *           "status": "valid"
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "pages": 2,
                     *       "total": 1380,
                     *       "next": "https://partners.lumenrail.example/api/v1/certifications/page/2.json"
                     *     }
                     */
                    "application/json": components["schemas"]["CertificationList"];
                };
            };
            /** @description Not published: check the address and the version. The body is the JSON 404 (Error) when the host serves /api/v1/404.json for missing API paths (the API documentation says how); otherwise it is the host's own not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Nothing is published at this address of the Lumenrail Partner Network API.",
                     *       "documentation": "https://partners.lumenrail.example/api/"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The newest change events (partners, apps, certifications, posts), newest first, with a link to older pages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "v1",
                     *       "page": null,
                     *       "events": [
                     *         {
                     *           "type": "partner.tier-changed",
                     *           "id": "9d4e6b2a-1c3f-5a87-b0e2-7f5c3d1a9e64",
                     *           "date": "2026-11-18T09:42:00Z",
                     *           "entity": {
                     *             "kind": "partner",
                     *             "id": "6f1c2a9e-3b7d-5e41-9c0a-8d2f4b6e1a37",
                     *             "slug": "fernhollow-digital",
                     *             "name": "Fernhollow Digital"
                     *           },
                     *           "from": "silver",
                     *           "to": "gold"
                     *         },
                     *         {
                     *           "type": "certification.earned",
                     *           "id": "4a7f1e9c-2d6b-5c30-a8f1-3e9b7d2c5a18",
                     *           "date": "2025-09-12T00:00:00Z",
                     *           "entity": {
                     *             "kind": "partner",
                     *             "id": "6f1c2a9e-3b7d-5e41-9c0a-8d2f4b6e1a37",
                     *             "slug": "fernhollow-digital",
                     *             "name": "Fernhollow Digital"
                     *           },
                     *           "certification": {
                     *             "id": "integration-engineer",
                     *             "earned": "2025-09-12",
                     *             "expires": "2027-09-12"
                     *           }
                     *         }
                     *       ],
                     *       "next": "https://partners.lumenrail.example/api/v1/changes/1.json"
                     *     }
                     */
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description Not published: check the address and the version. The body is the JSON 404 (Error) when the host serves /api/v1/404.json for missing API paths (the API documentation says how); otherwise it is the host's own not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Nothing is published at this address of the Lumenrail Partner Network API.",
                     *       "documentation": "https://partners.lumenrail.example/api/"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changesArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The number of the archive page: 1 is the oldest. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A full archive page of change events, by number (1 is the oldest); it never changes once published. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "v1",
                     *       "page": 1,
                     *       "events": [
                     *         {
                     *           "type": "partner.tier-changed",
                     *           "id": "9d4e6b2a-1c3f-5a87-b0e2-7f5c3d1a9e64",
                     *           "date": "2026-11-18T09:42:00Z",
                     *           "entity": {
                     *             "kind": "partner",
                     *             "id": "6f1c2a9e-3b7d-5e41-9c0a-8d2f4b6e1a37",
                     *             "slug": "fernhollow-digital",
                     *             "name": "Fernhollow Digital"
                     *           },
                     *           "from": "silver",
                     *           "to": "gold"
                     *         },
                     *         {
                     *           "type": "certification.earned",
                     *           "id": "4a7f1e9c-2d6b-5c30-a8f1-3e9b7d2c5a18",
                     *           "date": "2025-09-12T00:00:00Z",
                     *           "entity": {
                     *             "kind": "partner",
                     *             "id": "6f1c2a9e-3b7d-5e41-9c0a-8d2f4b6e1a37",
                     *             "slug": "fernhollow-digital",
                     *             "name": "Fernhollow Digital"
                     *           },
                     *           "certification": {
                     *             "id": "integration-engineer",
                     *             "earned": "2025-09-12",
                     *             "expires": "2027-09-12"
                     *           }
                     *         }
                     *       ],
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description No archive page has this number yet. The body is the JSON 404 (Error) when the host serves /api/v1/404.json for missing API paths (the API documentation says how); otherwise it is the host's own not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Nothing is published at this address of the Lumenrail Partner Network API.",
                     *       "documentation": "https://partners.lumenrail.example/api/"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description When the site was built and from which commit of the content: the one file that changes with every build (sync clients compare the others' bytes or ETags). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "v1",
                     *       "generatedAt": "2026-11-21T06:12:40.512Z",
                     *       "buildDate": "2026-11-21",
                     *       "contentRevision": "5d0c6a1f3e9b27c84a1d0e6f93b5c2a7e8f41d06",
                     *       "contentDate": "2026-11-19",
                     *       "apiVersion": "1.3.0"
                     *     }
                     */
                    "application/json": components["schemas"]["Status"];
                };
            };
            /** @description Not published: check the address and the version. The body is the JSON 404 (Error) when the host serves /api/v1/404.json for missing API paths (the API documentation says how); otherwise it is the host's own not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "detail": "Nothing is published at this address of the Lumenrail Partner Network API.",
                     *       "documentation": "https://partners.lumenrail.example/api/"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tierBadge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The partner's id: its file name, in kebab-case. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A partner's tier badge in the shields.io endpoint format; inactive and former partners' badges say so. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "schemaVersion": 1,
                     *       "label": "Lumenrail Partner Network",
                     *       "message": "Gold partner",
                     *       "color": "b8860b",
                     *       "labelColor": "2b2f36",
                     *       "isError": false,
                     *       "cacheSeconds": 3600
                     *     }
                     */
                    "application/json": components["schemas"]["ShieldsBadge"];
                };
            };
            /** @description No partner has ever had this slug. The body is the site's not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    certificationBadge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The partner's id: its file name, in kebab-case. */
                slug: string;
                /** @description The certification id, as in program.json. */
                certification: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A certification badge of a partner in the shields.io endpoint format; an expired certification says "expired". */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "schemaVersion": 1,
                     *       "label": "Integration Engineer",
                     *       "message": "expired 2026-09-12",
                     *       "color": "b3261e",
                     *       "labelColor": "2b2f36",
                     *       "isError": true,
                     *       "cacheSeconds": 3600
                     *     }
                     */
                    "application/json": components["schemas"]["ShieldsBadge"];
                };
            };
            /** @description The partner does not hold this certification. The body is the site's not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    appBadge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The app's id: its file name, in kebab-case. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An app's "Works with" badge in the shields.io endpoint format; an app no longer listed says so. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "schemaVersion": 1,
                     *       "label": "Works with",
                     *       "message": "Lumenrail Partner Network",
                     *       "color": "3346d3",
                     *       "labelColor": "2b2f36",
                     *       "isError": false,
                     *       "cacheSeconds": 3600
                     *     }
                     */
                    "application/json": components["schemas"]["ShieldsBadge"];
                };
            };
            /** @description No app has ever had this slug. The body is the site's not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    atomFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change events of changes.json with readable titles, as an Atom feed, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <?xml version="1.0" encoding="utf-8"?>
                     *     <feed xmlns="http://www.w3.org/2005/Atom">
                     *       <id>https://partners.lumenrail.example/</id>
                     *       <title>Lumenrail Partner Network: news and partners</title>
                     *       <updated>2026-11-18T09:42:00.000Z</updated>
                     *       <entry>
                     *         <title type="html">Fernhollow Digital moved to Gold</title>
                     *         <id>urn:uuid:9d4e6b2a-1c3f-5a87-b0e2-7f5c3d1a9e64</id>
                     *         <link href="https://partners.lumenrail.example/partners/fernhollow-digital/"/>
                     *         <updated>2026-11-18T09:42:00.000Z</updated>
                     *         <summary type="html">Fernhollow Digital is now a Gold partner.</summary>
                     *         <category label="partner.tier-changed"/>
                     *       </entry>
                     *     </feed>
                     */
                    "application/atom+xml": string;
                };
            };
            /** @description Not published (check the address). The body is the site's not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    jsonFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The same entries as the Atom feed, as a JSON Feed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "https://jsonfeed.org/version/1",
                     *       "title": "Lumenrail Partner Network: news and partners",
                     *       "home_page_url": "https://partners.lumenrail.example/",
                     *       "feed_url": "https://partners.lumenrail.example/feed.json",
                     *       "description": "Build, sell and grow with the Lumenrail payments API.",
                     *       "items": [
                     *         {
                     *           "id": "urn:uuid:9d4e6b2a-1c3f-5a87-b0e2-7f5c3d1a9e64",
                     *           "url": "https://partners.lumenrail.example/partners/fernhollow-digital/",
                     *           "title": "Fernhollow Digital moved to Gold",
                     *           "content_html": "Fernhollow Digital is now a Gold partner.",
                     *           "date_modified": "2026-11-18T09:42:00.000Z",
                     *           "tags": [
                     *             "partner.tier-changed"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/feed+json": components["schemas"]["JsonFeed"];
                };
            };
            /** @description Not published (check the address). The body is the site's not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    atomFeedArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The number of the archive page, 1 the oldest. */
                page: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A full archive page of the Atom feed (RFC 5005), 1 the oldest: once full it never changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <?xml version="1.0" encoding="utf-8"?>
                     *     <feed xmlns="http://www.w3.org/2005/Atom">
                     *       <id>https://partners.lumenrail.example/</id>
                     *       <title>Lumenrail Partner Network: news and partners</title>
                     *       <updated>2026-11-18T09:42:00.000Z</updated>
                     *       <entry>
                     *         <title type="html">Fernhollow Digital moved to Gold</title>
                     *         <id>urn:uuid:9d4e6b2a-1c3f-5a87-b0e2-7f5c3d1a9e64</id>
                     *         <link href="https://partners.lumenrail.example/partners/fernhollow-digital/"/>
                     *         <updated>2026-11-18T09:42:00.000Z</updated>
                     *         <summary type="html">Fernhollow Digital is now a Gold partner.</summary>
                     *         <category label="partner.tier-changed"/>
                     *       </entry>
                     *     </feed>
                     */
                    "application/atom+xml": string;
                };
            };
            /** @description No archive page has this number yet. The body is the site's not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    jsonFeedArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The number of the archive page, 1 the oldest. */
                page: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The same archive page as a JSON Feed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "https://jsonfeed.org/version/1",
                     *       "title": "Lumenrail Partner Network: news and partners",
                     *       "home_page_url": "https://partners.lumenrail.example/",
                     *       "feed_url": "https://partners.lumenrail.example/feed.json",
                     *       "description": "Build, sell and grow with the Lumenrail payments API.",
                     *       "items": [
                     *         {
                     *           "id": "urn:uuid:9d4e6b2a-1c3f-5a87-b0e2-7f5c3d1a9e64",
                     *           "url": "https://partners.lumenrail.example/partners/fernhollow-digital/",
                     *           "title": "Fernhollow Digital moved to Gold",
                     *           "content_html": "Fernhollow Digital is now a Gold partner.",
                     *           "date_modified": "2026-11-18T09:42:00.000Z",
                     *           "tags": [
                     *             "partner.tier-changed"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/feed+json": components["schemas"]["JsonFeed"];
                };
            };
            /** @description No archive page has this number yet. The body is the site's not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    partnersCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every active partner, one row each, for spreadsheets and CRMs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example slug,name,tier,types,regions,industries,website,summary,since,badge_status,profile,verify,headquarters,languages,founded
                     *     fernhollow-digital,Fernhollow Digital,Gold,Agency,Europe,Retail,https://fernhollow.example,Checkout and loyalty integrations for independent retailers.,2024-03-04,active,https://partners.lumenrail.example/partners/fernhollow-digital/,https://partners.lumenrail.example/verify/fernhollow-digital/,Netherlands,Dutch; English,2016
                     */
                    "text/csv": string;
                };
            };
            /** @description Not published (check the address). The body is the site's not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    appsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every listed app, one row each, for spreadsheets and CRMs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example slug,name,partner,partner_tier,kind,categories,pricing,regions,languages,certifications,summary,listed_since,install,page
                     *     fernhollow-loyalty-sync,Loyalty Sync,Fernhollow Digital,Gold,Integration,Loyalty,"Paid, from €29 a month",Europe,English,Built for Lumenrail,Keeps loyalty points in step with every Lumenrail payment.,2025-02-10,https://fernhollow.example/loyalty-sync/install,https://partners.lumenrail.example/apps/fernhollow-loyalty-sync/
                     */
                    "text/csv": string;
                };
            };
            /** @description Not published (check the address). The body is the site's not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    partnersNdjson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every partner, any status, as one full Partner record a line: the whole directory in one download. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"id":"6f1c2a9e-3b7d-5e41-9c0a-8d2f4b6e1a37","slug":"fernhollow-digital","name":"Fernhollow Digital","status":"active","statusSince":"2024-03-04","updated":"2026-11-18","tier":{"id":"gold","name":"Gold"},"types":[{"id":"agency","name":"Agency"}],"regions":[{"id":"europe","name":"Europe"}],"industries":[{"id":"retail","name":"Retail"}],"summary":"Checkout and loyalty integrations for independent retailers.","website":"https://fernhollow.example","logo":"https://partners.lumenrail.example/logos/fernhollow-digital-3f9a1c2b7e.webp","profile":"https://partners.lumenrail.example/partners/fernhollow-digital/","verify":"https://partners.lumenrail.example/verify/fernhollow-digital/","badge":"https://partners.lumenrail.example/badges/fernhollow-digital.svg","badgeStatus":"active","since":"2024-03-04","featured":true,"headquarters":{"code":"NL","name":"Netherlands"},"languages":[{"code":"nl","name":"Dutch"},{"code":"en","name":"English"}],"founded":2016,"description":"Fernhollow builds checkout, loyalty and returns integrations for independent retailers across the Benelux.","services":["Integration","Implementation"],"integrations":[{"name":"Loyalty Sync","category":{"id":"loyalty","name":"Loyalty"},"description":null,"url":"https://partners.lumenrail.example/apps/fernhollow-loyalty-sync/"}],"contacts":[{"name":"Partnerships team","role":null,"email":"partners@fernhollow.example","url":null}],"links":[{"label":"Developer blog","url":"https://fernhollow.example/blog"}],"certifications":[{"id":"integration-engineer","name":"Integration Engineer","earned":"2025-09-12","expires":"2027-09-12","status":"valid","badge":"https://partners.lumenrail.example/badges/fernhollow-digital/integration-engineer.svg"}],"certifiedPeople":[{"certification":"integration-engineer","name":"Integration Engineer","people":3}],"badgeDetails":{"status":"active","message":"Gold","description":"Fernhollow Digital is a Gold partner of Lumenrail Partner Network.","asOf":"2026-11-18","svg":"https://partners.lumenrail.example/badges/fernhollow-digital.svg","shields":"https://partners.lumenrail.example/badges/fernhollow-digital.json"},"activeThisQuarter":null,"caseStudies":[{"slug":"harbourline-loyalty","title":"Harbourline doubles repeat orders","url":"https://partners.lumenrail.example/case-studies/harbourline-loyalty/"}]} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Not published (check the address). The body is the site's not-found page. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
}
