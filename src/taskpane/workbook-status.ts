/**
 * The pane's view of the workbook's own facts (loaded by the shared runtime,
 * src/functions/_workbook.ts): how many Facts rows are in use, every cell that does not
 * validate with its table, row, column and what was expected (its row is not used), every
 * row about something already recorded, whether edits reload by themselves, and a Reload
 * button. All text goes in with textContent.
 */
import type { Company } from "../core/dataset";
import { errorText, MSG } from "../core/messages";
import { store } from "../core/store";
import { FACTS_TABLE } from "../core/workbook/load";
import { onWorkbookStatus, reloadWorkbook, WorkbookStatus, workbookStatus } from "../functions/_workbook";
import { Lang, t } from "./i18n";

/** The section's elements (taskpane.html, #workbook). */
interface Parts {
  section: HTMLElement;
  summary: HTMLElement;
  notes: HTMLElement;
  problems: HTMLElement;
  clashes: HTMLElement;
  reload: HTMLElement & { disabled: boolean };
}

function parts(doc: Document): Parts | null {
  const get = (id: string) => doc.getElementById(id);
  const section = get("workbook");
  const summary = get("workbook-summary");
  const notes = get("workbook-notes");
  const problems = get("workbook-problems");
  const clashes = get("workbook-clashes");
  const reload = get("workbook-reload") as Parts["reload"] | null;
  return section && summary && notes && problems && clashes && reload
    ? { section, summary, notes, problems, clashes, reload }
    : null;
}

/** A heading line and one list item per entry (nothing when there are none). */
function list(doc: Document, el: HTMLElement, heading: string, items: string[]): void {
  el.replaceChildren();
  el.hidden = items.length === 0;
  if (!items.length) return;
  const p = doc.createElement("p");
  p.textContent = heading;
  const ul = doc.createElement("ul");
  for (const text of items) {
    const li = doc.createElement("li");
    li.textContent = text;
    ul.appendChild(li);
  }
  el.append(p, ul);
}

/** Fill the section from a status. */
export function renderWorkbookStatus(doc: Document, lang: Lang, s: WorkbookStatus): void {
  const el = parts(doc);
  if (!el) return;
  el.section.hidden = s.state === "embedded";
  const load = s.load;
  el.summary.textContent =
    s.state === "loading"
      ? t(lang, "workbookLoading")
      : s.state === "failed"
        ? t(lang, "workbookFailed", { error: s.error ?? "" })
        : load && (load.found.sources || load.found.facts)
          ? t(lang, "workbookLoaded", { used: load.used, rows: load.rows })
          : t(lang, "workbookNone");
  const notes: string[] = [];
  if (s.state === "loaded" && !s.live) notes.push(t(lang, "workbookNotLive"));
  else if (s.state === "loaded" && !s.liveStructure) notes.push(t(lang, "workbookNoStructure"));
  el.notes.textContent = notes.join(" ");
  el.notes.hidden = notes.length === 0;
  const problems = load?.problems ?? [];
  list(
    doc,
    el.problems,
    t(lang, "workbookProblems", { count: problems.length }),
    problems.map((p) => errorText(MSG.badCell(p.table, p.row, p.column, p.expected, p.got), lang)),
  );
  const clashes = load?.clashes ?? [];
  list(
    doc,
    el.clashes,
    t(lang, "workbookClashes", { count: clashes.length }),
    clashes.map((c) =>
      t(lang, c.kind === "agrees" ? "clashAgrees" : "clashDiffers", {
        table: FACTS_TABLE,
        row: c.row,
        record: c.recordId,
      }),
    ),
  );
  el.reload.disabled = s.state === "loading";
}

/**
 * Show the workbook's status in the pane and keep it current; `onChange` gets the
 * companies the answers now cover after each load (for the company picker).
 */
export function watchWorkbook(doc: Document, lang: Lang, onChange: (companies: Company[]) => void): void {
  const el = parts(doc);
  el?.reload.addEventListener("click", () => void reloadWorkbook());
  const show = (s: WorkbookStatus): void => {
    renderWorkbookStatus(doc, lang, s);
    onChange(s.load?.companies ?? store().dataset.companies);
  };
  onWorkbookStatus(show);
  show(workbookStatus());
}
