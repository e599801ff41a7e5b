/**
 * The task pane, loaded by taskpane.ts (the entry) once the custom functions have had their
 * turn. Registers only the Fluent UI web components (v3) the
 * pane uses, gives them Fluent's design tokens (light or dark, following Office's theme),
 * loads the stylesheet, and starts the pane once Office.js says it runs in Excel;
 * anywhere else (no host, or Office.js unavailable) it explains how to load the add-in.
 */
// Each import defines one Fluent UI v3 element (fluent-button, fluent-dropdown, ...).
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/checkbox.js";
import "@fluentui/web-components/dropdown.js";
import "@fluentui/web-components/listbox.js";
import "@fluentui/web-components/option.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/radio.js";
import "@fluentui/web-components/radio-group.js";
import "@fluentui/web-components/spinner.js";
import "@fluentui/web-components/text-input.js";
import "@fluentui/web-components/textarea.js";
import { pickLanguage } from "./i18n";
import { RunExcel, showOutside, startPane } from "./pane";
import { dateSystemPending } from "../functions/_datesystem";
import { followOfficeTheme } from "./theme";

// The stylesheet is emitted by webpack as a file of this origin (CSP: style-src 'self').
const stylesheet = document.createElement("link");
stylesheet.rel = "stylesheet";
stylesheet.href = new URL("./taskpane.css", import.meta.url).href;
document.head.appendChild(stylesheet);

const OUTSIDE_AFTER_MS = 8000;
let started = false;

function browserLanguage(): string {
  return typeof navigator !== "undefined" ? navigator.language : "en";
}

function outside(): void {
  if (started) return;
  followOfficeTheme(document, null);
  showOutside(document, pickLanguage(browserLanguage()));
}

if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
  outside();
} else {
  // Office.js outside any host normally reports host null at once; if it never answers, say so anyway.
  const fallback = setTimeout(outside, OUTSIDE_AFTER_MS);
  void Office.onReady((info) => {
    clearTimeout(fallback);
    if (info.host === Office.HostType.Excel && typeof Excel !== "undefined") {
      started = true;
      followOfficeTheme(document, Office);
      const lang = pickLanguage(Office.context?.displayLanguage ?? browserLanguage());
      const run: RunExcel = (batch) => Excel.run(batch);
      startPane(document, lang, run, {
        isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
        dateSystemPending,
      });
    } else {
      outside();
    }
  });
}
