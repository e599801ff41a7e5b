/**
 * Investors named near a round: leads after "menée par", "led by", or between "由" and
 * "领投"; participants after "avec la participation de", "ainsi que", "with participation
 * from", "including", "投资方包括", or before "跟投"/"参投". Names are read as written
 * (capitalised word runs in French and English, list items in Chinese) for a person to
 * confirm; nothing is looked up.
 */
import { Lexicon } from "./lexicon";
import { Lang } from "./types";

type Role = "lead" | "participant";

const AFTER_MARKERS = new Lexicon<Role>([
  ["menée par", "lead"],
  ["mené par", "lead"],
  ["orchestrée par", "lead"],
  ["pilotée par", "lead"],
  ["conduite par", "lead"],
  ["emmenée par", "lead"],
  ["menée conjointement par", "lead"],
  ["sous la houlette de", "lead"],
  ["led by", "lead"],
  ["co-led by", "lead"],
  ["spearheaded by", "lead"],
  ["avec la participation de", "participant"],
  ["avec la participation d'", "participant"],
  ["ainsi que", "participant"],
  ["aux côtés de", "participant"],
  ["with participation from", "participant"],
  ["with participation of", "participant"],
  ["participation from", "participant"],
  ["alongside", "participant"],
  ["investors including", "participant"],
  ["backers including", "participant"],
  ["joined by", "participant"],
  ["along with", "participant"],
  ["投资方包括", "participant"],
  ["投资者包括", "participant"],
  ["投资人包括", "participant"],
]);

/** Chinese verbs that end a list of investors named before them. */
const BEFORE_MARKERS = new Lexicon<Role>([
  ["领投", "lead"],
  ["跟投", "participant"],
  ["参投", "participant"],
  ["参与投资", "participant"],
]);

/** Words that end a list (the next clause begins). */
const STOP = new Lexicon<true>(
  [
    "ainsi que",
    "avec",
    "pour",
    "afin",
    "qui",
    "dont",
    "indique",
    "précise",
    "selon",
    "rapporte",
    "with",
    "to",
    "which",
    "who",
    "for",
    "said",
    "says",
    "according",
    "等",
    "，",
    "。",
    ";",
    "；",
    ":",
    "：",
    "(",
    "（",
  ].map((w) => [w, true] as const),
);

/** Connectors allowed inside a name ("Fonds de Ronny", "Bank of America"). */
const INNER = new Set(["de", "du", "des", "of", "&", "and", "the"]);

/** A capital: a letter with a lower-case form of its own, upper case or title case (ǅ in "ǅemal"). */
function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Capitalised word runs in a Latin-script list: "Lee Fixel et son fonds Addition" → ["Lee Fixel", "Addition"]. */
function latinNames(segment: string): string[] {
  const names: string[] = [];
  const words = segment.split(/[\s,]+/).filter((w) => w.length > 0);
  let cur: string[] = [];
  const flush = () => {
    while (cur.length > 0 && INNER.has(cur[cur.length - 1].toLowerCase())) cur.pop();
    if (cur.length > 0) names.push(cur.join(" "));
    cur = [];
  };
  for (const raw of words) {
    const w = raw.replace(/^[«“"'(]+|[»”"'),.;:]+$/g, "");
    if (w.length === 0) continue;
    if (isUpper(w[0])) cur.push(w);
    else if (cur.length > 0 && INNER.has(w.toLowerCase())) cur.push(w);
    else flush();
  }
  flush();
  return names;
}

/** Items of a Chinese list: split on 、和及与, trimmed of adverbs. */
function hanNames(segment: string): string[] {
  return segment
    .split(/[、和及,，]|以及/)
    .map((s) =>
      s
        .replace(/(首次|也|还|亦|均|共同|继续|仍|再次|参与|此前)+$/u, "")
        .replace(/^(由|仍由|其他|包括)+/u, "")
        .trim(),
    )
    .filter((s) => s.length > 0 && s.length <= 40);
}

const SEGMENT = 160;

/** One mention of investors: the marker's span and the names it introduces. */
export interface InvestorMention {
  start: number;
  end: number;
  role: Role;
  names: string[];
}

/**
 * Every investor mention in the text, in order; a figure takes those of its sentence.
 *
 * @example
 * const text = "une levée de 40 millions de dollars menée par Lee Fixel et son fonds Addition"
 * findInvestorMentions(text, foldText(text), "fr")
 * //=> [{ start: 36, end: 45, role: "lead", names: ["Lee Fixel", "Addition"] }]
 */
export function findInvestorMentions(text: string, folded: string, lang: Lang): InvestorMention[] {
  const out: InvestorMention[] = [];
  for (const m of AFTER_MARKERS.all(folded)) {
    let end = m.end + SEGMENT;
    for (let k = m.end + 1; k < end; k++) {
      const c = folded[k];
      if ((c === "." && (k + 1 >= folded.length || " \n\"”»'".includes(folded[k + 1]))) || c === "\n" || c === "。") {
        end = k;
        break;
      }
      const s = STOP.at(folded, k);
      if (s) {
        end = k;
        break;
      }
    }
    const seg = text.slice(m.end, end);
    out.push({ start: m.start, end: m.end, role: m.value, names: lang === "zh" ? hanNames(seg) : latinNames(seg) });
  }
  if (lang === "zh") {
    // "由 Lux Capital 领投", "红杉资本和 Coatue 首次参与跟投": the clause before the verb.
    for (const m of BEFORE_MARKERS.all(folded)) {
      let start = Math.max(0, m.start - SEGMENT);
      for (let k = m.start - 1; k >= start; k--) {
        const c = folded[k];
        if (c === "，" || c === "," || c === "。" || c === "；" || c === "：" || c === "\n") {
          start = k + 1;
          break;
        }
      }
      const clause = text.slice(start, m.start);
      out.push({
        start: m.start,
        end: m.end,
        role: m.value,
        names: hanNames(clause.slice(clause.lastIndexOf("由") + 1)),
      });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * Leads and participants from the mentions of one sentence, each name once.
 *
 * @example
 * const text = "une levée de 40 millions de dollars menée par Lee Fixel et son fonds Addition"
 * investorsOf(findInvestorMentions(text, foldText(text), "fr"))
 * //=> { leads: ["Lee Fixel", "Addition"], participants: [] }
 */
export function investorsOf(mentions: InvestorMention[]): { leads: string[]; participants: string[] } {
  const leads: string[] = [];
  const participants: string[] = [];
  for (const m of mentions) {
    const list = m.role === "lead" ? leads : participants;
    for (const n of m.names) if (!leads.includes(n) && !participants.includes(n)) list.push(n);
  }
  return { leads, participants };
}
