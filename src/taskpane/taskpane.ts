/**
 * Task pane entry. taskpane.html loads functions.js (the HF.* custom functions) and then
 * this bundle in the same runtime. Registers only the Fluent UI web components the pane
 * uses, loads the stylesheet, and starts the pane once Office.js says it runs in Excel;
 * anywhere else (no host, or Office.js unavailable) it explains how to load the add-in.
 */
import {
  fluentButton,
  fluentCheckbox,
  fluentOption,
  fluentProgressRing,
  fluentRadio,
  fluentRadioGroup,
  fluentSelect,
  provideFluentDesignSystem,
} from "@fluentui/web-components";
import { pickLanguage } from "./i18n";
import { RunExcel, showOutside, startPane } from "./pane";

provideFluentDesignSystem().register(fluentButton(), fluentCheckbox(), fluentOption(), fluentProgressRing(), fluentRadio(), fluentRadioGroup(), fluentSelect());

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
  if (!started) showOutside(document, pickLanguage(browserLanguage()));
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
      const lang = pickLanguage(Office.context?.displayLanguage ?? browserLanguage());
      const run: RunExcel = (batch) => Excel.run(batch);
      startPane(document, lang, run);
    } else {
      outside();
    }
  });
}
