/**
 * The extractor: an article's text in, candidate facts out (see types.ts). Pure, no Office
 * globals, no I/O. Work is linear in the text: every word list is matched literally once
 * over the text (lexicon.ts), each figure reads a bounded window around itself, and the
 * sentence-level words are looked up by binary search.
 *
 *   extract("Acme a levé 12 millions d'euros en mars 2024, menée par Foo Capital.", { date: "2024-04-02", company: "Acme" })
 */
import { msg, MSG } from "../messages";
import { ok, Result } from "../result";
import { currencyAfter, currencyBefore, CurrencyReading, opensNumber } from "./currency";
import { Anchor, anchorOf, DatePhrase, findDates } from "./dates";
import { findInvestorMentions, investorsOf } from "./investors";
import { findKindWords, nearestKind } from "./kinds";
import { detectLanguage } from "./lang";
import { note } from "./note";
import { foldText, hitsIn, Lexicon, nearest, skipSpaces, skipSpacesBack } from "./lexicon";
import { nounAfter, percentAfter, TEAM_WORDS } from "./metrics";
import { canStartNumber, isArticle, isWordChar, NumberToken, scanNumber, scanNumberWords } from "./numbers";
import { boundAfter, boundBefore, findQualifierWords, qualifierList } from "./qualifiers";
import { findRounds } from "./rounds";
import { scaleAt } from "./scales";
import { contextOf, sentenceStarts } from "./sentences";
import { Ambiguity, Candidate, CandidateDate, Extraction, ExtractOptions, Lang, LANGS } from "./types";

export * from "./types";
export { detectLanguage } from "./lang";

/** Between the two ends of a range or two alternatives. */
const RANGE = new Lexicon<"range" | "alternatives">([
  ["à", "range"],
  ["-", "range"],
  ["–", "range"],
  ["to", "range"],
  ["至", "range"],
  ["到", "range"],
  ["~", "range"],
  ["et", "range"],
  ["and", "range"],
  ["或", "alternatives"],
  ["or", "alternatives"],
  ["ou", "alternatives"],
]);
/** Before a number: "between 5 and 10", "entre 5 et 10" make "and"/"et" a range. */
const BETWEEN = new Lexicon<true>([
  ["entre", true],
  ["between", true],
]);
/** Before a count that is part of the previous one: "170 employés, dont 80 en France". */
const SUBSET = new Lexicon<true>([
  ["dont", true],
  ["including", true],
  ["of whom", true],
  ["其中", true],
  ["其中有", true],
]);

/** A figure as read in the first pass: number, magnitude, currency, percentage or noun. */
interface Figure {
  start: number;
  end: number;
  amount: number;
  currency: CurrencyReading | null;
  money: boolean;
  percent: boolean;
  noun: string | null;
  bounds: ("more-than" | "less-than" | "approximate")[];
  range: { low: number; high: number; kind: "range" | "alternatives" } | null;
  words: boolean;
  subsetOf: boolean;
}

function readToken(text: string, i: number, lang: Lang): NumberToken | undefined {
  if (canStartNumber(text, i)) return scanNumber(text, i, lang);
  if (lang !== "zh" && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) return scanNumberWords(text, i, lang);
  return undefined;
}

interface Amount {
  tok: NumberToken;
  value: number;
  end: number;
  scaled: boolean;
  /** The magnitude's factor (1 without one). */
  factor: number;
  currency: { reading: CurrencyReading; end: number } | null;
}

/** A number and what follows it: magnitude and currency ("13,5 millions d'euros", "40 M$", "1 亿美元"). */
function readAmount(
  text: string,
  folded: string,
  tok: NumberToken,
  lang: Lang,
  prefix: CurrencyReading | undefined,
): Amount {
  let end = tok.end;
  let value = tok.value;
  const sc = scaleAt(text, folded, end, lang, prefix !== undefined);
  if (sc) {
    value *= sc.factor;
    end = sc.end;
  }
  let currency: Amount["currency"] = null;
  // After a sign, only a currency that settles it: "$5 million AUD", not "$5 million dollars".
  // A year's sign is the next number's: "raised in 2022 $5 million".
  if (!prefix || prefix.ambiguity) {
    const c = currencyAfter(text, folded, end);
    if (c && (!prefix || !c.reading.ambiguity) && !(!sc && isYear(tok) && opensNumber(text, folded, c))) {
      currency = { reading: c.reading, end: c.end };
      end = c.end;
    }
  }
  return { tok, value, end, scaled: sc !== undefined, factor: sc ? sc.factor : 1, currency };
}

function readFigure(
  text: string,
  folded: string,
  tok: NumberToken,
  lang: Lang,
  anchorDates: DatePhrase[],
  dateIdx: { k: number },
  taken: number,
): Figure | undefined {
  // A sign the figure before ends with is that figure's: "2 billion USD 3 years later".
  const sign = tok.words ? undefined : currencyBefore(text, folded, tok.start);
  const prefix = sign && sign.start >= taken ? sign : undefined;
  let start = prefix ? prefix.start : tok.start;
  const bounds: Figure["bounds"] = [];
  const before = boundBefore(folded, start);
  // Chinese "30 多人", "1000 多家": the bound sits between the number and its noun.
  const first = readAmount(text, folded, tok, lang, prefix?.reading);
  let { value, end } = first;
  let currency = first.currency?.reading ?? prefix?.reading ?? null;
  let scaled = first.scaled;
  if (tok.words && isArticle(text, tok) && !scaled) return undefined;
  // A range or alternatives: "50 à 100 milliards de dollars", "500 亿美元或 1000 亿美元", "$50-$100 million".
  let range: Figure["range"] = null;
  const j = skipSpaces(folded, end, 1);
  const conn = RANGE.at(folded, j);
  if (conn) {
    const isBetween = BETWEEN.endingAt(folded, skipSpacesBack(folded, start, 1)) !== undefined;
    const word =
      conn.value === "range" && (folded[j] === "e" || folded[j] === "a") && folded.slice(j, conn.end) !== "à";
    if (!word || isBetween) {
      let k = skipSpaces(folded, conn.end, 1);
      const prefix2 = currencyBefore(text, folded, k) ? undefined : currencyAfterPrefix(text, folded, k);
      if (prefix2) k = skipSpaces(folded, prefix2.end, 1);
      const c2 = text.charCodeAt(k);
      const tok2 = c2 >= 48 && c2 <= 57 && !isWordChar(text.charCodeAt(k - 1)) ? scanNumber(text, k, lang) : undefined;
      // Two years ("2020-2021") are a period, not a range of money.
      if (tok2 && !(isYear(tok) && isYear(tok2))) {
        const second = readAmount(text, folded, tok2, lang, prefix2?.reading ?? prefix?.reading);
        // "5 à 10 millions": the magnitude written once applies to both ends.
        const low = scaled ? value : value * second.factor;
        const high = second.value;
        // Whatever the two ends are (money, a count with its noun after the second, a share,
        // a part after "dont"), what follows decides whether they make a figure at all. Both
        // are finite: at most 15 digits (MAX_DIGITS) times a magnitude of at most 10^12.
        range = { low: Math.min(low, high), high: Math.max(low, high), kind: conn.value };
        value = low;
        end = second.end;
        scaled = scaled || second.scaled;
        // The currency read after the second end settles an ambiguous sign before the first ("$5-10 million AUD").
        currency =
          (currency?.ambiguity ? second.currency?.reading : undefined) ??
          currency ??
          second.currency?.reading ??
          prefix2?.reading ??
          null;
      }
    }
  }
  const after = boundAfter(folded, tok.end) ?? boundAfter(folded, end);
  let nounFrom = end;
  if (after) {
    bounds.push(after.value);
    nounFrom = Math.max(end, after.end);
  }
  if (before) {
    bounds.unshift(before.value);
    start = before.start;
  }
  let percent = false;
  let noun: string | null = null;
  if (!currency && !scaled) {
    const p = percentAfter(folded, end);
    if (p !== undefined) {
      percent = true;
      value = value / 100;
      if (range) range = { ...range, low: range.low / 100, high: range.high / 100 };
      nounFrom = p;
    }
  }
  if (!currency && !percent) {
    const n = nounAfter(folded, nounFrom, lang);
    if (n) {
      noun = n.metric;
      nounFrom = n.end;
    }
  }
  // After the noun or "%" as well: "300 salariés environ", "300+ employees or so".
  const late = boundAfter(folded, nounFrom);
  if (late) {
    bounds.push(late.value);
    nounFrom = late.end;
  }
  end = Math.max(end, nounFrom);
  const money = currency !== null || (scaled && noun === null);
  // A year ("en 2016") is a date, not a figure.
  while (dateIdx.k < anchorDates.length && anchorDates[dateIdx.k].end <= tok.start) dateIdx.k++;
  const d = anchorDates[dateIdx.k];
  if (d && d.start <= tok.start && tok.end <= d.end && !money && !noun) return undefined;
  if (isYear(tok) && !currency && !noun && !percent) return undefined;
  const subset = SUBSET.endingAt(folded, skipSpacesBack(folded, start, 1)) !== undefined;
  if (!money && !percent && !noun && !subset) return undefined;
  if (!Number.isFinite(value)) return undefined;
  return {
    start,
    end,
    amount: value,
    currency,
    money,
    percent,
    noun,
    bounds,
    range,
    words: tok.words,
    subsetOf: subset,
  };
}

/** Four plain digits from 1900 to 2099: a year unless a currency, noun or "%" says otherwise. */
function isYear(tok: NumberToken): boolean {
  return tok.plain && !tok.words && tok.end - tok.start === 4 && tok.value >= 1900 && tok.value <= 2099;
}

/** A currency sign or code opening a range's second end ("$50-$100 million", "¥50-¥100", "A$5-A$10m", "5 to USD 10 million"). */
function currencyAfterPrefix(
  text: string,
  folded: string,
  k: number,
): { reading: CurrencyReading; end: number } | undefined {
  // k is the first character after the connector and its spaces: a sign or code read back from k + 1..3 starts there.
  for (let end = k + 1; end <= k + 3; end++) {
    const h = currencyBefore(text, folded, end);
    if (h) return { reading: h.reading, end: h.end };
  }
  return undefined;
}

function parseOptions(
  options: ExtractOptions,
): Result<{ anchor: Anchor | undefined; lang: Lang | null; company: string | null }> {
  let anchor: Anchor | undefined;
  if (options.date !== undefined && options.date !== null && options.date !== "") {
    anchor = typeof options.date === "string" ? anchorOf(options.date.trim()) : undefined;
    if (!anchor) return MSG.badText(msg("whatPublicationDate"), options.date);
  }
  let lang: Lang | null = null;
  // Typed Lang, but it comes from a user (the command line, a cell): anything may arrive.
  const given: unknown = options.lang;
  if (given !== undefined && given !== null && given !== "") {
    const l = typeof given === "string" ? given.trim().toLowerCase() : "";
    if (!(LANGS as readonly string[]).includes(l)) return MSG.badText(msg("whatLanguageCode"), options.lang);
    lang = l as Lang;
  }
  if (options.company !== undefined && options.company !== null && typeof options.company !== "string") {
    return MSG.badText(msg("whatCompany"), options.company);
  }
  const company = typeof options.company === "string" && options.company.trim() !== "" ? options.company.trim() : null;
  return ok({ anchor, lang, company });
}

/**
 * Candidate facts in an article's text (see types.ts for what each carries).
 *
 * @example
 * const r = extract("une levée de 40 millions de dollars menée par Lee Fixel et son fonds Addition", { date: "2021-03" })
 * r.ok && r.value.candidates.map((c) => [c.kind, c.amount, c.currency, c.date?.value, c.investors.leads])
 * //=> [["round", 40000000, "USD", "2021-03", ["Lee Fixel", "Addition"]]]
 * r.ok && r.value.candidates[0].ambiguities.map((a) => a.kind)
 * //=> ["currency-assumed", "date-from-publication"]
 */
export function extract(text: unknown, options: ExtractOptions = {}): Result<Extraction> {
  if (typeof text !== "string") return MSG.badText(msg("whatArticleText"), text);
  const opts = parseOptions(options);
  if (!opts.ok) return opts;
  const { anchor, company } = opts.value;
  const lang = opts.value.lang ?? detectLanguage(text);
  const folded = foldText(text);
  const starts = sentenceStarts(text);
  const dates = findDates(text, folded, anchor);
  const kindWords = findKindWords(folded);
  const qualifierWords = findQualifierWords(folded);
  const rounds = findRounds(text, folded, 0, text.length);
  const mentions = findInvestorMentions(text, folded, lang);
  const teamWords = TEAM_WORDS.all(folded);

  // Pass 1: the figures.
  const figures: Figure[] = [];
  const dateIdx = { k: 0 };
  for (let i = 0; i < text.length;) {
    const tok = readToken(text, i, lang);
    if (!tok) {
      i++;
      continue;
    }
    const f = readFigure(text, folded, tok, lang, dates, dateIdx, figures.length ? figures[figures.length - 1].end : 0);
    if (f) {
      figures.push(f);
      i = Math.max(f.end, tok.end, i + 1);
    } else i = Math.max(tok.end, i + 1);
  }

  // Pass 2: each figure's context.
  const candidates: Candidate[] = [];
  for (let n = 0; n < figures.length; n++) {
    const f = figures[n];
    const ctx = contextOf(starts, text.length, f.start, f.end);
    const prevEnd = n > 0 && figures[n - 1].end > ctx.from ? figures[n - 1].end : ctx.from;
    const nextStart = n + 1 < figures.length && figures[n + 1].start < ctx.to ? figures[n + 1].start : ctx.to;
    const ambiguities: Ambiguity[] = [];
    if (f.words) ambiguities.push(note("number-in-words", "noteNumberInWords", { words: text.slice(f.start, f.end) }));
    if (f.range) {
      ambiguities.push(
        note(f.range.kind, f.range.kind === "range" ? "noteRange" : "noteAlternatives", {
          low: { number: f.range.low },
          high: { number: f.range.high },
        }),
      );
    }
    if (f.currency?.ambiguity) ambiguities.push(f.currency.ambiguity);
    if (f.money && !f.currency) ambiguities.push(note("currency-unknown", "noteNoCurrency"));

    let kind: Candidate["kind"] = "metric";
    let metric: string | null = f.noun;
    if (f.money) {
      const k = nearestKind(kindWords, ctx.from, ctx.to, f.start, f.end);
      if (k) {
        kind = k.value.kind;
        metric = k.value.metric;
      } else ambiguities.push(note("kind-unclear", "noteKindUnclear"));
    } else if (metric === "people") {
      metric = hitsIn(teamWords, ctx.from, ctx.to).length > 0 ? "employees" : "people";
    } else if (f.subsetOf && metric === null && !f.percent) {
      const prev = candidates[candidates.length - 1];
      if (prev?.metric == null || prev.offset < ctx.from || prev.currency !== null) continue;
      metric = prev.metric;
      ambiguities.push(note("subset", "noteSubset", { amount: { number: prev.amount }, metric: prev.metric }));
    }

    // A count in round thousands is a rounded figure (GitHub stars, models on a hub), the
    // dataset's own convention; amounts of money are announced as they are, so not them.
    if (!f.money && !f.percent && f.bounds.length === 0 && f.amount >= 1000 && f.amount % 1000 === 0) {
      f.bounds.push("approximate");
      ambiguities.push(note("round-figure", "noteRoundFigure", { amount: { number: f.amount } }));
    }
    const sentenceQ = hitsIn(qualifierWords, ctx.from, ctx.to).map((h) => h.value);
    // A valuation announced with the round before it in its sentence ("at a $4.5 billion
    // valuation", "估值达 45 亿美元") is as of that round, when nothing dates it nearer.
    const prev = candidates[candidates.length - 1] as Candidate | undefined;
    const roundDate =
      kind === "valuation" && prev?.kind === "round" && prev.offset >= ctx.from && prev.date?.phrase != null
        ? prev.date
        : null;
    const date = dateOf(text, dates, anchor, f, ctx, prevEnd, nextStart, roundDate, ambiguities);
    let round: Candidate["round"] = null;
    let investors: Candidate["investors"] = { leads: [], participants: [] };
    if (kind === "round") {
      const r = nearest(hitsIn(rounds, prevEnd, nextStart), f);
      if (r) round = { name: r.name, phrase: text.slice(r.start, r.end) };
      investors = investorsOf(hitsIn(mentions, ctx.from, ctx.to));
    }
    candidates.push({
      kind,
      amount: f.amount,
      currency: f.currency?.code ?? null,
      unit: f.percent ? "percent" : null,
      qualifiers: qualifierList(f.bounds, sentenceQ),
      date,
      round,
      investors,
      metric,
      company,
      range: f.range ? { low: f.range.low, high: f.range.high } : null,
      phrase: text.slice(f.start, f.end),
      offset: f.start,
      ambiguities,
    });
  }
  return ok({ lang, langDetected: opts.value.lang === null, candidates });
}

/**
 * The date of a figure: a date phrase right after it ("40 millions de dollars en mars 2021")
 * unless it leads into the next figure, else the nearest one in its sentence with no other figure in between, else
 * `roundDate` (a valuation's round's), else the publication date (each said so).
 */
function dateOf(
  text: string,
  dates: DatePhrase[],
  anchor: Anchor | undefined,
  f: Figure,
  ctx: { from: number; to: number },
  prevEnd: number,
  nextStart: number,
  roundDate: CandidateDate | null,
  ambiguities: Ambiguity[],
): CandidateDate | null {
  const near = hitsIn(dates, ctx.from, ctx.to);
  const inSentence = near.filter((d) => !d.founding && (d.end <= f.start || d.start >= f.end));
  // Right after the figure, unless nearer still to the next one ("2023年5亿元，2024年8亿元": 2024 is the 8's).
  const adjacent = inSentence.find(
    (d) => d.start >= f.end && d.start - f.end <= 2 && (nextStart === ctx.to || nextStart - d.end > d.start - f.end),
  );
  // A day phrase that ends on the figure's own number ("In January 15 employees left"): the
  // number is the figure's, so the phrase before it dates the figure, to the month.
  const cut = adjacent
    ? undefined
    : near.find((d) => !d.founding && d.precision === "day" && d.start < f.start && d.end > f.start);
  if (cut) {
    if (cut.ambiguity) ambiguities.push(cut.ambiguity);
    return {
      value: cut.value.slice(0, 7),
      precision: "month",
      phrase: text.slice(cut.start, f.start).trimEnd(),
      offset: cut.start,
      relative: cut.relative,
    };
  }
  // Else the nearest, but never one right before the next figure ("5亿元，2024年8亿元", "puis en 2023 5 millions"): it leads into that one.
  const pick =
    adjacent ??
    nearest(
      inSentence.filter((d) => d.start >= prevEnd && (nextStart === ctx.to || nextStart - d.end > 2)),
      f,
    );
  if (pick) {
    if (pick.ambiguity) ambiguities.push(pick.ambiguity);
    return {
      value: pick.value,
      precision: pick.precision,
      phrase: text.slice(pick.start, pick.end),
      offset: pick.start,
      relative: pick.relative,
    };
  }
  if (roundDate) {
    ambiguities.push(note("date-from-round", "noteDateFromRound", { date: roundDate.value }));
    return { ...roundDate };
  }
  if (!anchor) return null;
  ambiguities.push(note("date-from-publication", "noteDateFromPublication", { date: anchor.text }));
  return { value: anchor.text, precision: anchor.precision, phrase: null, offset: null, relative: false };
}
