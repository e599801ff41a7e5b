/**
 * Citation text (src/core/citations.ts): which sources report a fact, in source order, whom
 * each credits, the phrase each uses and, for a workbook phrase, the row it was read from;
 * with a known_by date only the sources published by then; in each language of the add-in.
 */
import { andList, citationsIn, languageName, rowLabel, sourceLabel, wordCitation } from "../../src/core/citations";
import { Evidence, Source } from "../../src/core/dataset";
import { periodOf } from "../../src/core/dates";

/** A source as the dataset holds one; `over` changes what a test is about. */
function source(id: string, over: Partial<Source> = {}): Source {
  return {
    id,
    seedFile: `${id}.md`,
    publisher: `Publisher ${id}`,
    title: `Title ${id}`,
    titleGiven: true,
    language: "en",
    published: { value: "2022-05-10", precision: "day", basis: "stated" },
    url: null,
    relatedUrls: [],
    ...over,
  };
}

const early = source("early", { published: { value: "2021-03", precision: "month", basis: "stated" } });
const late = source("late", { published: { value: "2023-08-24", precision: "day", basis: "stated" } });
const SOURCES = new Map([early, late].map((s) => [s.id, s]));

const credited = (name: string): NonNullable<Evidence["attribution"]> => ({
  name,
  kind: "outlet",
  phrase: `selon ${name}`,
});

describe("citationsIn: one citation per piece of evidence", () => {
  const record = {
    evidence: [
      { source: "late", phrase: "four point five billion", attribution: credited("Le Figaro") },
      { source: "early", phrase: "forty million" },
      { source: "late", phrase: "row phrase", row: { table: "Facts", row: 7 } },
    ],
  };

  it("in evidence order, each with its source and phrase, whom it credits and its workbook row when it has them", () => {
    expect(citationsIn(record, SOURCES)).toEqual([
      { source: late, phrase: "four point five billion", citing: "Le Figaro" },
      { source: early, phrase: "forty million" },
      { source: late, phrase: "row phrase", row: { table: "Facts", row: 7 } },
    ]);
  });

  it("without citing or row keys when the evidence has neither (nothing credited, not a workbook phrase)", () => {
    const [, plain] = citationsIn(record, SOURCES);
    expect(Object.keys(plain).sort()).toEqual(["phrase", "source"]);
  });

  it("with known_by: only the sources whose whole publication period had passed by then", () => {
    expect(citationsIn(record, SOURCES, periodOf("2021-03-30"))).toEqual([]);
    expect(citationsIn(record, SOURCES, periodOf("2021-03-31")).map((c) => c.phrase)).toEqual(["forty million"]);
    expect(citationsIn(record, SOURCES, periodOf("2023-08-24")).map((c) => c.phrase)).toEqual([
      "four point five billion",
      "forty million",
      "row phrase",
    ]);
  });

  it("evidence naming a source the dataset does not have is a bug, not an answer", () => {
    expect(() => citationsIn({ evidence: [{ source: "nowhere", phrase: "x" }] }, SOURCES)).toThrow(/Bug: .*nowhere/);
  });
});

describe("languageName: a source's language named in the reader's language", () => {
  it.each([
    ["fr", "en", "French"],
    ["en", "en", "English"],
    ["zh", "en", "Chinese"],
    ["zh", "fr", "chinois"],
    ["en", "zh", "英文"],
  ] as const)("%s in %s: %s", (code, lang, name) => {
    expect(languageName(code, lang)).toBe(name);
  });

  it("in English unless asked otherwise", () => {
    expect(languageName("fr")).toBe("French");
  });
});

describe("andList: items joined as a sentence writes them", () => {
  it.each([
    [[], "en", ""],
    [["Reuters"], "en", "Reuters"],
    [["Le Figaro", "Reuters"], "en", "Le Figaro and Reuters"],
    [["Le Figaro", "Reuters", "TechCrunch"], "en", "Le Figaro, Reuters and TechCrunch"],
    [["Le Figaro", "Reuters", "TechCrunch"], "fr", "Le Figaro, Reuters et TechCrunch"],
    [["甲", "乙", "丙"], "zh", "甲、乙和丙"],
  ] as const)("%j in %s: %j", (items, lang, text) => {
    expect(andList(items, lang)).toBe(text);
  });
});

describe("sourceLabel: one line naming a source", () => {
  it("publisher, title in quotes (as the article titles itself), date and language", () => {
    expect(sourceLabel(early)).toBe('Publisher early, "Title early", 2021-03, in English');
  });

  it("an unnamed publisher says so; a descriptive title (not the article's own) is in brackets", () => {
    expect(sourceLabel(source("x", { publisher: null, titleGiven: false }))).toBe(
      "Unnamed publisher, [Title x], 2022-05-10, in English",
    );
  });

  it("an inferred publication date says it was inferred", () => {
    const inferred = source("x", { published: { value: "2023", precision: "year", basis: "inferred" } });
    expect(sourceLabel(inferred)).toBe('Publisher x, "Title x", 2023 (date inferred), in English');
  });

  it("in the reader's language", () => {
    const s = source("x", {
      publisher: null,
      language: "fr",
      published: { value: "2021-03", precision: "month", basis: "inferred" },
    });
    expect(sourceLabel(s, "fr")).toBe('Éditeur non nommé, "Title x", 2021-03 (date déduite), en français');
  });

  it("a source the user added in the workbook: its link when the row gives one, and the Sources row it is on", () => {
    const row = { table: "Sources", row: 4 };
    expect(sourceLabel(source("w", { workbook: row, url: "https://example.com/a" }))).toBe(
      'your source: Publisher w, "Title w", 2022-05-10, in English, https://example.com/a, Sources row 4',
    );
    expect(sourceLabel(source("w", { workbook: row }))).toBe(
      'your source: Publisher w, "Title w", 2022-05-10, in English, Sources row 4',
    );
  });

  it("a dataset source's link is not part of its line (only a workbook source's is)", () => {
    expect(sourceLabel(source("x", { url: "https://example.com/b" }))).not.toContain("example.com");
  });
});

describe("rowLabel: where a workbook phrase was read from", () => {
  it("table and sheet row, in the reader's language", () => {
    expect(rowLabel({ table: "Facts", row: 7 })).toBe("Facts row 7");
    expect(rowLabel({ table: "Facts", row: 7 }, "fr")).toBe("Facts ligne 7");
  });
});

describe("wordCitation: the citation text of a record", () => {
  it("each source once, in the order it is first cited, with all its phrases; sources separated by '; '", () => {
    const record = {
      evidence: [
        { source: "late", phrase: "b1" },
        { source: "early", phrase: "a1" },
        { source: "late", phrase: "b2" },
      ],
    };
    expect(wordCitation(record, SOURCES)).toBe(
      'Publisher late, "Title late", 2023-08-24, in English: «b1», «b2»; Publisher early, "Title early", 2021-03, in English: «a1»',
    );
  });

  it("whom a source credits, each name once, joined as a sentence", () => {
    const record = {
      evidence: [
        { source: "early", phrase: "p1", attribution: credited("Le Figaro") },
        { source: "early", phrase: "p2" },
        { source: "early", phrase: "p3", attribution: credited("Reuters") },
        { source: "early", phrase: "p4", attribution: credited("Le Figaro") },
      ],
    };
    expect(wordCitation(record, SOURCES)).toBe(
      'Publisher early, "Title early", 2021-03, in English, citing Le Figaro and Reuters: «p1», «p2», «p3», «p4»',
    );
  });

  it("a workbook phrase says which row it was read from", () => {
    const record = { evidence: [{ source: "early", phrase: "p", row: { table: "Facts", row: 9 } }] };
    expect(wordCitation(record, SOURCES)).toBe(
      'Publisher early, "Title early", 2021-03, in English: «p» (Facts row 9)',
    );
  });

  it("with known_by, only the sources published by then; none: empty text", () => {
    const record = {
      evidence: [
        { source: "late", phrase: "b" },
        { source: "early", phrase: "a" },
      ],
    };
    expect(wordCitation(record, SOURCES, periodOf("2022"))).toBe(
      'Publisher early, "Title early", 2021-03, in English: «a»',
    );
    expect(wordCitation(record, SOURCES, periodOf("2020"))).toBe("");
  });

  it("in the reader's language", () => {
    const record = {
      evidence: [{ source: "early", phrase: "p", attribution: credited("Le Figaro"), row: { table: "Facts", row: 2 } }],
    };
    expect(wordCitation(record, SOURCES, null, "fr")).toBe(
      'Publisher early, "Title early", 2021-03, en anglais, citant Le Figaro: «p» (Facts ligne 2)',
    );
  });
});
