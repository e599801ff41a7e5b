/**
 * The pane's "Add a source" view: paste an article, find its figures (core extractor), see
 * each one with its phrase highlighted in the text, tick, correct or discard it, and add the
 * confirmed ones to the workbook's Sources and Facts tables (writer.ts appendRecords).
 * The logic lives in add-source-model.ts; this file only builds the page. Every string from
 * the article, the user or Excel goes into the page as text (textContent, text nodes,
 * attribute values), never as HTML; excerpts are bidi-isolated so that control characters
 * in an article cannot reorder the pane around them.
 */
import { Candidate } from "../core/extract";
import { renderMessage } from "../core/messages";
import { fixDropdown } from "./aria";
import { Lang, StringKey, t } from "./i18n";
import {
  appendMessage,
  ArticleForm,
  checkArticle,
  confirmDraft,
  Draft,
  DraftFields,
  draftsOf,
  excerptOf,
  finalizeRecords,
  KINDS,
  recordsOf,
  sourceIdFor,
  SourceMessage,
} from "./add-source-model";
import type { RunExcel } from "./pane";
import { appendRecords } from "./writer";
import { reloadWorkbook } from "../functions/_workbook";

type ValueElement = HTMLElement & { value: string | null; disabled: boolean };
type CheckElement = HTMLElement & { checked: boolean; disabled: boolean };

export interface AddSourceHost {
  /** Writing is off (a requirement set is missing; the pane says which). */
  writeDisabled?: boolean;
  /** Whether the host supports ExcelApi 1.<minor>. */
  supports?: (minor: number) => boolean;
}

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A labelled Fluent field around `input` (label above, or after for a checkbox). */
function field(
  doc: Document,
  id: string,
  label: string,
  input: HTMLElement,
  hint?: string,
  after = false,
): HTMLElement {
  const f = el(doc, "fluent-field", { "label-position": after ? "after" : "above", class: "pick" });
  const l = el(doc, "label", { slot: "label", id: `${id}-label`, for: id }, label);
  input.id = id;
  input.setAttribute("slot", "input");
  f.append(l, input);
  if (hint) {
    const h = el(doc, "span", { slot: "message", id: `${id}-hint` }, hint);
    input.setAttribute("aria-describedby", h.id);
    f.append(h);
  }
  return f;
}

/**
 * A Fluent text input labelled by its own default slot: the component renders that text in
 * a <label for> of its inner input, which is what assistive technology reads (a
 * fluent-field's label does not reach the inner input).
 */
function textInput(
  doc: Document,
  id: string,
  label: string,
  value = "",
  placeholder?: string,
  hint?: string,
): { input: ValueElement; wrap: HTMLElement } {
  const i = el(doc, "fluent-text-input", placeholder ? { placeholder, id } : { id }, label) as ValueElement;
  if (value) i.setAttribute("value", value);
  const wrap = el(doc, "div", { class: "text-field" });
  wrap.append(i);
  if (hint) wrap.append(el(doc, "p", { class: "hint", id: `${id}-hint` }, hint));
  return { input: i, wrap };
}

function dropdown(doc: Document, options: { value: string; text: string }[], selected: string): ValueElement {
  const d = el(doc, "fluent-dropdown") as ValueElement;
  const lb = el(doc, "fluent-listbox");
  for (const o of options) {
    const opt = el(doc, "fluent-option", { value: o.value }, o.text);
    if (o.value === selected) opt.setAttribute("selected", "");
    lb.append(opt);
  }
  d.append(lb);
  return d;
}

/** The excerpt around a candidate's phrase: text nodes, the phrase in <mark>, isolated from the pane's text direction. */
export function renderExcerpt(
  doc: Document,
  text: string,
  c: Pick<Candidate, "offset" | "phrase">,
  label: string,
): HTMLElement {
  const p = el(doc, "p", { class: "excerpt" });
  p.append(el(doc, "span", { class: "label" }, `${label} `));
  const iso = el(doc, "bdi", { dir: "auto" });
  const x = excerptOf(text, c);
  const mark = el(doc, "mark", {}, x.phrase);
  iso.append(doc.createTextNode(x.before), mark, doc.createTextNode(x.after));
  p.append(iso);
  return p;
}

export function startAddSource(doc: Document, lang: Lang, run: RunExcel, host: AddSourceHost = {}): void {
  const app = doc.getElementById("app");
  const controls = doc.getElementById("controls");
  const actions = controls?.querySelector(".actions");
  if (!app || !controls || !actions) throw new Error("Bug: taskpane.html has no #app, #controls or .actions");
  const s = (key: StringKey, params?: Record<string, string | number>): string => t(lang, key, params);

  const open = el(doc, "fluent-button", { id: "add-source-open", appearance: "outline" }, s("addSourceOpen"));
  actions.append(open);

  // ---- the view
  const view = el(doc, "section", { id: "add-source", class: "controls add-source", "aria-labelledby": "src-title" });
  view.hidden = true;
  const title = el(doc, "h2", { id: "src-title", tabindex: "-1" }, s("srcTitle"));
  const intro = el(doc, "p", { class: "hint" }, s("srcIntro"));
  const text = el(doc, "fluent-textarea", { id: "src-text", resize: "vertical", rows: "8" }) as ValueElement;
  text.append(el(doc, "span", { slot: "label" }, s("srcText")));
  const articleTitle = textInput(doc, "src-title-input", s("srcArticleTitle"));
  const publisher = textInput(doc, "src-publisher", s("srcPublisher"));
  const published = textInput(doc, "src-published", s("srcPublished"), "", "YYYY-MM-DD", s("srcPublishedHint"));
  const url = textInput(doc, "src-url", s("srcUrl"), "", "https://");
  const language = dropdown(
    doc,
    [
      { value: "auto", text: s("srcLanguageAuto") },
      ...(["fr", "en", "zh"] as const).map((l) => ({ value: l, text: s(`srcLang.${l}`) })),
    ],
    "auto",
  );
  const company = textInput(doc, "src-company", s("srcCompany"));
  const extractBtn = el(
    doc,
    "fluent-button",
    { id: "src-extract", appearance: "primary" },
    s("srcExtract"),
  ) as ValueElement;
  const back = el(doc, "fluent-button", { id: "src-back", appearance: "outline" }, s("srcBack")) as ValueElement;
  const formActions = el(doc, "div", { class: "actions" });
  formActions.append(extractBtn, back);

  const results = el(doc, "section", { id: "src-results", class: "results", "aria-labelledby": "src-results-title" });
  results.hidden = true;
  const resultsTitle = el(doc, "h3", { id: "src-results-title", tabindex: "-1" }, s("srcCandidates"));
  const summary = el(doc, "p", { id: "src-summary" });
  const list = el(doc, "ol", { id: "src-list", class: "candidates" });
  const addBtn = el(
    doc,
    "fluent-button",
    { id: "src-add", appearance: "primary" },
    s("srcAddToWorkbook"),
  ) as ValueElement;
  results.append(resultsTitle, summary, list, addBtn);

  const busy = el(doc, "div", { id: "src-busy", class: "busy" });
  busy.hidden = true;
  busy.append(
    el(doc, "fluent-spinner", { size: "tiny", "aria-label": s("busyLabel") }),
    el(doc, "span", {}, s("busy")),
  );
  // Always rendered, so screen readers announce what is put into it.
  const status = el(doc, "div", { id: "src-status", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  const message = el(doc, "div", { id: "src-message", class: "message" });
  message.hidden = true;
  const messageText = el(doc, "p", { id: "src-message-text" });
  message.append(messageText);
  status.append(message);

  view.append(
    title,
    intro,
    text,
    articleTitle.wrap,
    publisher.wrap,
    published.wrap,
    url.wrap,
    field(doc, "src-language", s("srcLanguage"), language),
    company.wrap,
    formActions,
    results,
    busy,
    status,
  );
  controls.after(view);
  fixDropdown(language);

  const say = (m: SourceMessage | null): void => {
    if (!m) {
      message.hidden = true;
      messageText.textContent = "";
      return;
    }
    message.hidden = false;
    message.dataset.intent = m.intent;
    messageText.textContent = m.text;
  };

  // ---- switching views
  const show = (on: boolean): void => {
    view.hidden = !on;
    controls.hidden = on;
    (on ? title : open).focus();
  };
  open.addEventListener("click", () => show(true));
  back.addEventListener("click", () => show(false));

  // ---- the drafts
  let article: ReturnType<typeof checkArticle> | null = null;
  let drafts: Draft[] = [];
  const inputs = new Map<
    number,
    { tick: CheckElement; fields: Record<keyof DraftFields, ValueElement>; item: HTMLElement }
  >();

  const renderDraft = (d: Draft, n: number, source: string): HTMLElement => {
    const c = d.candidate;
    const item = el(doc, "li", { class: "candidate" });
    item.dataset.index = String(d.index);
    const group = el(doc, "div", {
      class: "candidate-group",
      role: "group",
      "aria-label": s("srcFigure", { n, phrase: c.phrase }),
    });
    item.append(group);
    group.append(renderExcerpt(doc, source, c, s("srcReadFrom")));
    if (c.ambiguities.length) {
      const checks = el(doc, "ul", { class: "checks", "aria-label": s("srcCheck") });
      for (const a of c.ambiguities) checks.append(el(doc, "li", {}, renderMessage(a, lang)));
      group.append(checks);
    }
    const id = (k: string): string => `src-${d.index}-${k}`;
    const tick = el(doc, "fluent-checkbox") as CheckElement;
    tick.dataset.field = "ticked";
    const kind = dropdown(
      doc,
      KINDS.map((k) => ({ value: k, text: s(`srcKind.${k}`) })),
      d.fields.kind,
    );
    const grid = el(doc, "div", { class: "candidate-fields" });
    grid.append(field(doc, id("kind"), s("srcKind"), kind));
    kind.dataset.field = "kind";
    const labels: Record<Exclude<keyof DraftFields, "kind">, StringKey> = {
      amount: "srcAmount",
      currency: "srcCurrency",
      qualifier: "srcQualifier",
      date: "srcDate",
      round: "srcRound",
      metric: "srcMetric",
      company: "srcCompany",
    };
    const texts = {} as Record<Exclude<keyof DraftFields, "kind">, ValueElement>;
    for (const k of Object.keys(labels) as Exclude<keyof DraftFields, "kind">[]) {
      const x = textInput(doc, id(k), s(labels[k]), d.fields[k], k === "date" ? "YYYY-MM-DD" : undefined);
      x.input.dataset.field = k;
      texts[k] = x.input;
      grid.append(x.wrap);
    }
    const fields: Record<keyof DraftFields, ValueElement> = { kind, ...texts };
    const discard = el(doc, "fluent-button", { appearance: "subtle", "data-action": "discard" }, s("srcDiscard"));
    discard.setAttribute("aria-label", `${s("srcDiscard")}: ${c.phrase}`);
    group.append(field(doc, id("tick"), s("srcTick"), tick, undefined, true), grid, discard);
    discard.addEventListener("click", () => {
      d.discarded = true;
      const next = item.nextElementSibling ?? item.previousElementSibling;
      item.remove();
      inputs.delete(d.index);
      say({ intent: "success", text: s("srcDiscarded", { phrase: c.phrase }) });
      (next?.querySelector<HTMLElement>("fluent-checkbox") ?? addBtn).focus();
    });
    inputs.set(d.index, { tick, fields, item });
    queueMicrotask(() => fixDropdown(kind));
    return item;
  };

  const formOf = (): ArticleForm => ({
    text: text.value ?? "",
    title: articleTitle.input.value ?? "",
    publisher: publisher.input.value ?? "",
    published: published.input.value ?? "",
    url: url.input.value ?? "",
    language: language.value === "auto" || language.value === null ? "" : language.value,
    company: company.input.value ?? "",
  });

  extractBtn.addEventListener("click", () => {
    say(null);
    list.replaceChildren();
    inputs.clear();
    drafts = [];
    results.hidden = true;
    article = checkArticle(formOf(), lang);
    if (!article.ok) {
      say({ intent: "error", text: article.errors.join(" ") });
      return;
    }
    const found = draftsOf(article.value, lang);
    if (!found.ok) {
      say({ intent: "error", text: found.errors.join(" ") });
      return;
    }
    drafts = found.value.drafts;
    results.hidden = false;
    summary.textContent = drafts.length
      ? s("srcFound", { n: drafts.length, language: s(`srcLang.${found.value.language}`) })
      : s("srcNone");
    addBtn.hidden = drafts.length === 0;
    const source = article.value.text;
    drafts.forEach((d, i) => list.append(renderDraft(d, i + 1, source)));
    resultsTitle.focus();
  });

  let working = false;
  const setBusy = (on: boolean): void => {
    working = on;
    view.setAttribute("aria-busy", String(on));
    busy.hidden = !on;
    for (const b of [extractBtn, back]) b.disabled = on;
    addBtn.disabled = on || host.writeDisabled === true;
  };
  addBtn.disabled = host.writeDisabled === true;

  addBtn.addEventListener("click", () => {
    if (working || !article?.ok) return;
    const a = article.value;
    const confirmed: Candidate[] = [];
    const errors: string[] = [];
    for (const d of drafts) {
      const x = inputs.get(d.index);
      if (d.discarded || !x) continue;
      d.ticked = x.tick.checked;
      for (const k of Object.keys(x.fields) as (keyof DraftFields)[]) d.fields[k] = x.fields[k].value ?? "";
      if (!d.ticked) continue;
      const c = confirmDraft(d, lang);
      if (c.ok) confirmed.push(c.value);
      else errors.push(...c.errors);
    }
    if (errors.length) {
      say({ intent: "error", text: errors.join(" ") });
      return;
    }
    const first = recordsOf(a, confirmed, sourceIdFor(a, []), lang);
    if (!first.ok) {
      say({ intent: "warning", text: first.errors.join(" ") });
      return;
    }
    setBusy(true);
    say(null);
    void run((ctx) =>
      appendRecords(ctx, [first.value.sources, first.value.facts], {
        sheetName: s("srcSheet"),
        readValues: [first.value.sources.name],
        finalize: (existing) => finalizeRecords(a, confirmed, existing, lang),
        ...(host.supports ? { supports: host.supports } : {}),
      }),
    ).then(
      (outcome) => {
        setBusy(false);
        say(appendMessage(outcome, lang));
        if (outcome.status === "appended") {
          // The pane shares the functions' runtime: reload the tables it just wrote at once rather than wait
          // for an event (rows written below a table and then taken in by Table.resize raise no onChanged).
          void reloadWorkbook();
          list.replaceChildren();
          inputs.clear();
          drafts = [];
          results.hidden = true;
          extractBtn.focus();
        }
      },
      (e: unknown) => {
        setBusy(false);
        say({ intent: "error", text: s("unexpected", { error: e instanceof Error ? e.message : String(e) }) });
      },
    );
  });
}
