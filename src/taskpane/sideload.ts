/**
 * The outside-Excel message's "how to load it": the one set of sideloading steps
 * (src/sideload.json, also printed by npm start and shown in the README), in the pane's
 * language, one list per platform. Text only (textContent).
 */
import STEPS from "../sideload.json";
import type { Lang } from "./i18n";

export function renderSideload(doc: Document, into: HTMLElement, lang: Lang): void {
  into.replaceChildren(
    ...STEPS.platforms.flatMap((p) => {
      const h = doc.createElement("h3");
      h.textContent = p.title[lang];
      const ol = doc.createElement("ol");
      for (const step of p.steps) {
        const li = doc.createElement("li");
        li.textContent = step[lang];
        ol.appendChild(li);
      }
      return [h, ol];
    }),
  );
}
