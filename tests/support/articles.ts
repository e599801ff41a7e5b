/**
 * The team's own example articles (invented; never the seed articles), one per language the
 * extractor reads, as the "Add a source" form takes them: used by the view's unit tests
 * (tests/taskpane/add-source-model.test.ts) and by the browser suite (scripts/e2e.ts).
 * `language: ""` asks the pane to detect the language.
 */
import type { ArticleForm } from "../../src/taskpane/add-source-model";

export const ARTICLES: Record<"fr" | "en" | "zh", ArticleForm> = {
  fr: {
    text: "La jeune pousse lyonnaise Zorbal a levé 8,5 millions d'euros lors d'un tour de série A mené par Rhône Ventures en avril 2024. Elle compte désormais 45 salariés.",
    title: "Zorbal lève 8,5 millions d'euros",
    publisher: "Le Journal des Tests",
    published: "2024-05-14",
    url: "https://example.org/zorbal",
    language: "",
    company: "Zorbal",
  },
  en: {
    text: "Quillfin, a London start-up, raised $30 million in a Series B led by Harbor Capital last month, valuing it at about $250 million.",
    title: "Quillfin raises $30M",
    publisher: "Test Wire",
    published: "2024-06-03",
    url: "",
    language: "en",
    company: "Quillfin",
  },
  zh: {
    text: "深圳初创公司星桥科技今年6月完成2亿元人民币B轮融资，由红杉中国领投。",
    title: "星桥科技完成B轮融资",
    publisher: "",
    published: "2024-07-09",
    url: "",
    language: "",
    company: "星桥科技",
  },
};

/** The French article's Series A as the view drafts it (its fields, before the user changes any). */
export const ZORBAL_SERIES_A_FIELDS = {
  kind: "round",
  amount: "8500000",
  currency: "EUR",
  qualifier: "exact",
  date: "2024-04",
  round: "Series A",
  metric: "",
  company: "Zorbal",
};
