/**
 * Task pane entry. taskpane.html loads functions.js (the HF.* custom functions) and then
 * this bundle in the same runtime. Excel calls the functions as soon as they are
 * registered, so the pane gets out of their way: its code (Fluent UI and the pane,
 * pane-main.ts) is a separate chunk, fetched and evaluated in a later task, after any call
 * already queued for the functions.
 */
setTimeout(() => {
  void import(/* webpackChunkName: "pane" */ "./pane-main");
}, 0);

export {};
