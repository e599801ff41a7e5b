/**
 * The pane's behaviour: read the controls, build the table (pure core), preview it, write
 * it through writer.ts inside Excel.run, and say what happened. All text goes into the
 * page with textContent; nothing from the data is ever parsed as HTML.
 */
import { currencies, FX_ATTRIBUTION, FX_METHODS, FxMethod, isCurrency } from "../core/fx";
import { errorText } from "../core/messages";
import { buildModelSheet } from "../core/model";
import { buildTable, Table, TableId, TableOptions } from "../core/tables";
import { parseKnownBy } from "../core/known";
import { Lang, LOCALE, methodLabel, StringKey, t, tableLabel } from "./i18n";
import { showMessage } from "./message-bar";
import { outcomeMessage, PaneMessage } from "./messages";
import { fixDropdown, fixRadioGroup } from "./aria";
import { startAddSource } from "./add-source";
import { previewOf } from "./preview";
import { renderSideload } from "./sideload";
import { IsSetSupported, missingRequirements } from "./requirements";
import { insertModelSheet, insertTable, Placement, WriteOutcome } from "./writer";
import { watchWorkbook } from "./workbook-status";
import { DEFAULT_COMPANY_ID } from "../core/dataset";

export const TABLE_IDS: readonly TableId[] = ["rounds", "valuations", "investors", "metrics", "sources"];
const REPORTED = "reported";
const DEFAULT_METHOD = "default";

/** Whether the host supports ExcelApi 1.<minor> (the writer reads notes, comments, PivotTables, merged areas only where it does). */
function excelApi(minor: number): boolean {
  try {
    if (typeof Office === "undefined") return false;
    // Outside an Office host (a plain browser, the tests) Office.context is undefined, whatever its typings say.
    const context = Office.context as Office.Context | undefined;
    return context?.requirements.isSetSupported("ExcelApi", `1.${minor}`) === true;
  } catch {
    return false;
  }
}

/** Runs a batch against the workbook: Excel.run in Excel, a fake in the browser tests. */
export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

type ValueElement = HTMLElement & { value: string | null; disabled: boolean };
type CheckElement = HTMLElement & { checked: boolean };

function byId(doc: Document, id: string): HTMLElement {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`Bug: taskpane.html has no #${id}`);
  return el;
}

/** Fill every [data-i18n] element's text, and the page language. */
export function applyStrings(doc: Document, lang: Lang): void {
  doc.documentElement.lang = lang === "zh" ? "zh-CN" : lang;
  doc.title = t(lang, "appTitle");
  doc.querySelectorAll<HTMLElement>("[data-i18n]").forEach((el) => {
    el.textContent = t(lang, el.dataset.i18n as StringKey);
  });
  doc.querySelectorAll<HTMLElement>("[data-i18n-label]").forEach((el) => {
    el.setAttribute("aria-label", t(lang, el.dataset.i18nLabel as StringKey));
  });
  // The ECB's acknowledgement, verbatim in every language.
  byId(doc, "fx-attribution").textContent = `${FX_ATTRIBUTION}.`;
}

/** Outside Excel (no host, or Office.js missing): say what this is and how to load it. */
export function showOutside(doc: Document, lang: Lang): void {
  applyStrings(doc, lang);
  renderSideload(doc, byId(doc, "sideload"), lang);
  byId(doc, "loading").hidden = true;
  byId(doc, "controls").hidden = true;
  byId(doc, "outside").hidden = false;
}

function option(doc: Document, value: string, text: string, selected = false): HTMLElement {
  const o = doc.createElement("fluent-option");
  o.setAttribute("value", value);
  o.textContent = text;
  if (selected) o.setAttribute("selected", "");
  return o;
}

/** Put the options into a fluent-dropdown's listbox (Fluent UI v3: dropdown > listbox > option). */
function fillDropdown(dropdown: HTMLElement, options: HTMLElement[]): void {
  const listbox = dropdown.querySelector("fluent-listbox");
  if (!listbox) throw new Error(`Bug: #${dropdown.id} has no fluent-listbox`);
  listbox.replaceChildren(...options);
}

/** What the pane asks of Office besides Excel.run (the defaults suit a stand-in host). */
export interface PaneHost {
  /** Office.context.requirements.isSetSupported. */
  isSetSupported?: IsSetSupported;
  /** The read of the workbook's date system (1900/1904) under way, or null once settled: tables are built after it, so dates land on the right day. */
  dateSystemPending?: () => Promise<void> | null;
}

export function startPane(doc: Document, lang: Lang, run: RunExcel, host: PaneHost = {}): void {
  applyStrings(doc, lang);
  byId(doc, "loading").hidden = true;
  byId(doc, "outside").hidden = true;
  byId(doc, "controls").hidden = false;

  const companySel = byId(doc, "company") as ValueElement;
  const tableSel = byId(doc, "table") as ValueElement;
  const currencySel = byId(doc, "currency") as ValueElement;
  const methodSel = byId(doc, "method") as ValueElement;
  const cells = byId(doc, "cells") as ValueElement;
  const source = byId(doc, "source") as CheckElement;
  const knownByInput = byId(doc, "known-by") as ValueElement;
  const insertBtn = byId(doc, "insert") as ValueElement;
  const modelBtn = byId(doc, "model") as ValueElement;
  // Writing needs every ExcelApi set of WRITER_REQUIREMENTS: without one, say which and keep the buttons off.
  const missing = missingRequirements(host.isSetSupported ?? (() => true));
  const busy = byId(doc, "busy");
  const message = byId(doc, "message");
  const messageText = byId(doc, "message-text");
  const choices = byId(doc, "choices");
  const main = byId(doc, "app");

  fillDropdown(
    tableSel,
    TABLE_IDS.map((id, i) => option(doc, id, tableLabel(lang, id), i === 0)),
  );
  fillDropdown(currencySel, [
    option(doc, REPORTED, t(lang, "asReported")),
    ...currencies().map((c) => option(doc, c, c, c === "USD")),
  ]);
  fillDropdown(methodSel, [
    option(doc, DEFAULT_METHOD, methodLabel(lang, null), true),
    ...FX_METHODS.map((m) => option(doc, m, methodLabel(lang, m))),
  ]);
  // (The defaults are the options marked selected and the radio marked checked in the markup;
  // setting .value before the components have collected their options can throw inside them.)
  for (const d of [companySel, tableSel, currencySel, methodSel]) fixDropdown(d);
  fixRadioGroup(cells);

  const options = (): { id: TableId; opts: Partial<TableOptions>; invalid?: string } => {
    const id = (TABLE_IDS as readonly (string | null)[]).includes(tableSel.value)
      ? (tableSel.value as TableId)
      : "rounds";
    // A dropdown reads null until its listbox has taken its options in: the defaults then.
    const cur = currencySel.value ?? "USD";
    if (cur !== REPORTED && !isCurrency(cur))
      throw new Error(`Bug: the currency dropdown holds ${cur}, not one of currencies()`);
    const currency = cur !== REPORTED ? cur : null;
    const method = (FX_METHODS as readonly (string | null)[]).includes(methodSel.value)
      ? (methodSel.value as FxMethod)
      : null;
    // "As known on": only facts public by then; live formulas carry it as known_by.
    const knownBy = parseKnownBy(knownByInput.value);
    const opts: Partial<TableOptions> = {
      company: companySel.value ?? DEFAULT_COMPANY_ID,
      currency,
      method: currency ? method : null,
      formulas: cells.value === "formulas",
      includeSource: source.checked,
      dates: "serial",
      lang,
    };
    return knownBy.ok ? { id, opts: { ...opts, knownBy: knownBy.value } } : { id, opts, invalid: knownBy.message };
  };

  const say = (m: PaneMessage | null, onChoice?: (c: PaneMessage["choices"][number]) => void): void => {
    choices.replaceChildren();
    showMessage(message, messageText, m);
    if (!m) return;
    for (const c of m.choices) {
      const b = doc.createElement("fluent-button");
      b.textContent = c.label;
      b.dataset.choice = c.kind;
      b.addEventListener("click", () => onChoice?.(c));
      choices.appendChild(b);
    }
    choices.hidden = m.choices.length === 0;
    // A question (where should the table go?) takes the focus to its first answer; the
    // status region announces the text either way.
    choices.querySelector<HTMLElement>("fluent-button")?.focus();
  };
  const sayText = (intent: PaneMessage["intent"], text: string): void => say({ intent, text, choices: [] });

  const renderPreview = (table: Table | null, error: string | null): void => {
    const el = byId(doc, "preview") as HTMLTableElement;
    const caption = byId(doc, "preview-caption");
    const head = el.tHead ?? el.createTHead();
    const body = el.tBodies[0] ?? el.createTBody();
    head.replaceChildren();
    body.replaceChildren();
    if (!table) {
      caption.textContent = error ?? t(lang, "previewNone");
      return;
    }
    const p = previewOf(table, LOCALE[lang]);
    caption.textContent = p.total
      ? t(lang, "previewCaption", { shown: p.shown, total: p.total, cols: p.cols })
      : t(lang, "previewNone");
    const hr = doc.createElement("tr");
    p.headers.forEach((h, j) => {
      const th = doc.createElement("th");
      th.scope = "col";
      th.textContent = h;
      if (p.numeric[j]) th.className = "num";
      hr.appendChild(th);
    });
    head.appendChild(hr);
    for (const row of p.rows) {
      const tr = doc.createElement("tr");
      row.forEach((v, j) => {
        const td = doc.createElement("td");
        td.textContent = v;
        if (p.numeric[j]) td.className = "num";
        tr.appendChild(td);
      });
      body.appendChild(tr);
    }
  };

  const current = (): { table: Table; label: string } | { error: string } => {
    const { id, opts, invalid } = options();
    if (invalid) return { error: t(lang, "buildError", { error: invalid }) };
    const built = buildTable(id, opts);
    return built.ok
      ? { table: built.value, label: tableLabel(lang, id) }
      : { error: t(lang, "buildError", { error: errorText(built, lang) }) };
  };

  const refresh = (): void => {
    methodSel.disabled = currencySel.value === REPORTED;
    const c = current();
    if ("error" in c) renderPreview(null, c.error);
    else renderPreview(c.table, null);
  };

  let working = false;
  const setBusy = (on: boolean): void => {
    working = on;
    main.setAttribute("aria-busy", String(on));
    busy.hidden = !on;
    for (const el of [companySel, tableSel, currencySel, cells, knownByInput]) el.disabled = on;
    for (const el of [insertBtn, modelBtn]) el.disabled = on || missing.length > 0;
    methodSel.disabled = on || currencySel.value === REPORTED;
    choices.querySelectorAll<ValueElement>("fluent-button").forEach((b) => (b.disabled = on));
  };

  /** Run one writer action; turn any outcome or exception into words. */
  const act = async (
    write: (ctx: Excel.RequestContext) => Promise<WriteOutcome>,
    what: string,
    model: boolean,
    retry: (p: Placement) => void,
  ): Promise<void> => {
    if (working) return;
    // A choice button that was just pressed disappears with the old message: keep the
    // keyboard user's place by returning the focus to the button that starts the flow.
    const before = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    setBusy(true);
    say(null);
    try {
      const outcome = await run(write);
      setBusy(false);
      say(outcomeMessage(outcome, lang, what, model), (choice) => {
        if (choice.kind === "next-free" && choice.nextFree)
          retry({ kind: "at", sheet: choice.nextFree.sheet, row: choice.nextFree.row, col: choice.nextFree.col });
        else retry({ kind: "new-sheet", baseName: choice.sheetName ?? what });
      });
    } catch (e) {
      setBusy(false);
      sayText("error", t(lang, "unexpected", { error: e instanceof Error ? e.message : String(e) }));
    }
    const active = doc.activeElement;
    if (!active || active === doc.body || !active.isConnected) {
      const back = before && before.isConnected && !message.contains(before) ? before : model ? modelBtn : insertBtn;
      // After the components have re-rendered as enabled (a disabled fluent-button takes no focus).
      (doc.defaultView?.requestAnimationFrame ?? ((f: () => void) => setTimeout(f, 0)))(() => back.focus());
    }
  };

  const insertAt = (table: Table, label: string, placement: Placement): void => {
    void act(
      (ctx) => insertTable(ctx, table, placement, { newSheetName: label, supports: excelApi }),
      label,
      false,
      (p) => insertAt(table, label, p),
    );
  };

  /** Run `go` once the date system is settled (at once when it already is). */
  const afterDateSystem = (go: () => void): void => {
    const pending = host.dateSystemPending?.() ?? null;
    if (pending) void pending.then(go);
    else go();
  };

  insertBtn.addEventListener("click", () =>
    afterDateSystem(() => {
      const c = current();
      if ("error" in c) {
        sayText("error", c.error);
        return;
      }
      insertAt(c.table, c.label, { kind: "selection" });
    }),
  );

  modelBtn.addEventListener("click", () =>
    afterDateSystem(() => {
      const { opts, invalid } = options();
      if (invalid) {
        sayText("error", t(lang, "buildError", { error: invalid }));
        return;
      }
      if (!opts.currency) {
        sayText("warning", t(lang, "modelNeedsCurrency"));
        return;
      }
      const built = buildModelSheet(opts);
      if (!built.ok) {
        sayText("error", t(lang, "buildError", { error: errorText(built, lang) }));
        return;
      }
      void act(
        (ctx) => insertModelSheet(ctx, built.value),
        built.value.sheetName,
        true,
        () => undefined,
      );
    }),
  );

  for (const el of [companySel, tableSel, currencySel, methodSel, cells, source, knownByInput])
    el.addEventListener("change", refresh);
  // The companies: the built-in ones and, once the workbook's Sources and Facts tables are read, theirs.
  let shownCompanies = "";
  watchWorkbook(doc, lang, (companies) => {
    const ids = companies.map((c) => c.id).join("\u0000");
    if (ids !== shownCompanies) {
      const chosen = companySel.value ?? DEFAULT_COMPANY_ID;
      const keep = companies.some((c) => c.id === chosen) ? chosen : DEFAULT_COMPANY_ID;
      fillDropdown(
        companySel,
        companies.map((c) => option(doc, c.id, c.name, c.id === keep)),
      );
      shownCompanies = ids;
    }
    refresh();
  });
  // The "Add a source" view (add-source.ts): its own section, opened from the actions.
  startAddSource(doc, lang, run, { writeDisabled: missing.length > 0, supports: excelApi });
  if (missing.length) {
    for (const el of [insertBtn, modelBtn]) el.disabled = true;
    sayText(
      "warning",
      t(lang, "missingApi", {
        sets: missing.map((m) => `${m.set} ${m.version}`).join(", "),
        uses: missing.flatMap((m) => m.uses).join(", "),
      }),
    );
  }
}
