// Dates and numbers as a reader of the program's language expects them ("15 September 2024",
// "12,400", "−3"), through Intl. Content and the API keep ISO dates; only pages use these.
// Every date is a calendar day or month, so it is formatted in UTC: the build machine's zone must
// not move "2024-09-15" to the 14th.

export interface DisplayFormat {
  /** "2024-09-15" → "September 15, 2024" (en) or "15 September 2024" (en-GB). */
  date(isoDate: string): string;
  /** "2024-09-15" → "Sep 15, 2024": for tables and cards. */
  shortDate(isoDate: string): string;
  /** "2024-09" or "2024-09-15" → "September 2024". */
  month(isoMonthOrDate: string): string;
  /** "2024-09" → "Sep 2024": for chart labels. */
  shortMonth(isoMonthOrDate: string): string;
  /** 12400 → "12,400". */
  number(value: number): string;
  /** A change or balance: 3 → "+3", -3 → "−3" (a real minus sign), 0 → "0". */
  signed(value: number): string;
  /** 0.25 → "25%". */
  percent(fraction: number): string;
}

const utcDay = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso.slice(0, 10)}T00:00:00Z`);

/** The tag when Intl knows it; 'en' for a malformed or unknown one (validate checks the form, not the data). */
function supportedLocale(language: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0 ? language : 'en';
  } catch {
    return 'en';
  }
}

/** The formats for one BCP 47 language tag (program.site.language); an unknown tag falls back to English. */
export function displayFormat(language: string): DisplayFormat {
  const locale = supportedLocale(language);
  const dateFormat = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const long = dateFormat({ year: 'numeric', month: 'long', day: 'numeric' });
  const short = dateFormat({ year: 'numeric', month: 'short', day: 'numeric' });
  const month = dateFormat({ year: 'numeric', month: 'long' });
  const shortMonth = dateFormat({ year: 'numeric', month: 'short' });
  const number = new Intl.NumberFormat(locale);
  // signDisplay 'exceptZero' writes U+002D for negatives in many locales; the minus sign reads as one.
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    date: (iso) => long.format(utcDay(iso)),
    shortDate: (iso) => short.format(utcDay(iso)),
    month: (iso) => month.format(utcDay(iso)),
    shortMonth: (iso) => shortMonth.format(utcDay(iso)),
    number: (value) => number.format(value),
    signed: (value) => signed.format(value).replace(/^-/, '\u2212'),
    percent: (fraction) => percent.format(fraction),
  };
}
