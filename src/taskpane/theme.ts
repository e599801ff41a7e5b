/**
 * The pane follows Office's theme: Fluent UI's light or dark design tokens (setTheme with
 * webLightTheme / webDarkTheme from @fluentui/tokens), chosen from Office.context.officeTheme
 * (isDarkTheme, or the luminance of bodyBackgroundColor where isDarkTheme is missing).
 * High contrast needs nothing here: the system's forced colors apply to the whole page
 * (taskpane.css has the @media (forced-colors: active) rules).
 *
 * Theme changes: Office.js documents an OfficeThemeChanged event for Outlook (Mailbox 1.14)
 * only; where a host offers it on the document we listen to it, and in every host the theme
 * is read again whenever the pane regains focus or becomes visible (the user switched the
 * Office theme in another window).
 */
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { setTheme } from "@fluentui/web-components/theme/set-theme.js";

export type ThemeKind = "light" | "dark";

type OfficeThemeLike = Partial<Pick<Office.OfficeTheme, "isDarkTheme" | "bodyBackgroundColor">> | null | undefined;

/** Relative luminance (WCAG) of a #rgb / #rrggbb colour, or null if it is not one. */
export function luminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? m[1].replace(/./g, "$&$&") : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Light or dark, from what the host says; `fallback` when it says nothing usable. */
export function themeKind(theme: OfficeThemeLike, fallback: ThemeKind = "light"): ThemeKind {
  if (theme && typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const l = luminance(theme?.bodyBackgroundColor);
  if (l !== null) return l < 0.2 ? "dark" : "light";
  return fallback;
}

/** Give the Fluent components (and our stylesheet, through the same tokens) the theme. */
export function applyTheme(doc: Document, kind: ThemeKind): void {
  if (doc.documentElement.dataset.theme === kind) return;
  setTheme(kind === "dark" ? webDarkTheme : webLightTheme, doc);
  doc.documentElement.dataset.theme = kind;
}

function systemKind(doc: Document): ThemeKind {
  const w = doc.defaultView;
  return w?.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/**
 * Apply Office's theme now and keep following it. `office` is null outside Excel: the
 * system's light/dark preference is used then.
 */
export function followOfficeTheme(doc: Document, office: typeof Office | null): void {
  const current = (): ThemeKind => themeKind(office?.context?.officeTheme, systemKind(doc));
  const update = (): void => applyTheme(doc, current());
  update();
  const w = doc.defaultView;
  w?.addEventListener("focus", update);
  doc.addEventListener("visibilitychange", update);
  if (!office) {
    w?.matchMedia?.("(prefers-color-scheme: dark)").addEventListener?.("change", update);
    return;
  }
  const eventType = (office.EventType as Record<string, unknown> | undefined)?.OfficeThemeChanged as
    Office.EventType | undefined;
  const target = office.context?.document as (Office.Document & { addHandlerAsync?: unknown }) | undefined;
  if (eventType && target && typeof target.addHandlerAsync === "function") {
    try {
      target.addHandlerAsync(eventType, (e: { officeTheme?: Office.OfficeTheme }) =>
        applyTheme(doc, themeKind(e?.officeTheme ?? office.context.officeTheme, current())),
      );
    } catch {
      // Not offered by this host: focus and visibility changes still re-read the theme.
    }
  }
}
