/**
 * The sideloading steps of src/sideload.json as text: for npm start (plain text) and for
 * the README (Markdown, between <!-- sideload:start --> and <!-- sideload:end -->). The
 * pane renders the same data itself (src/taskpane/sideload.ts).
 */
"use strict";
const STEPS = require("../../src/sideload.json");

/** Plain text, one platform after the other: "Excel on the web:\n  1. ...". */
function sideloadText(lang = "en") {
  return STEPS.platforms.map((p) => [`${p.title[lang]}:`, ...p.steps.map((s, i) => `  ${i + 1}. ${s[lang]}`)].join("\n")).join("\n\n");
}

/** Markdown for the README. */
function sideloadMarkdown(lang = "en") {
  return STEPS.platforms.map((p) => [`**${p.title[lang]}**`, "", ...p.steps.map((s, i) => `${i + 1}. ${s[lang]}`)].join("\n")).join("\n\n");
}

module.exports = { STEPS, sideloadText, sideloadMarkdown };
