/**
 * ARIA the Fluent UI v3 elements leave out of the DOM, added where the pane uses them.
 *
 * - fluent-dropdown renders its combobox as a light-DOM <button role="combobox"> that carries
 *   aria-expanded only while open (the binding drops a false value); a combobox must always
 *   say whether it is expanded, so a closed one gets aria-expanded="false". The button is
 *   also named after the field's label ("Currency" + the selected value).
 * - fluent-radio exposes role radio and its checked state through ElementInternals while the
 *   radio group writes aria-posinset/aria-setsize as attributes; tools that read attributes
 *   only (axe-core, some screen readers) then see set positions on an element with no role.
 *   The same role and checked state are mirrored as attributes.
 */

/** Keep a closed combobox's aria-expanded="false" whatever the component does with it. */
export function fixDropdown(dropdown: HTMLElement): void {
  const control = dropdown.querySelector<HTMLElement>('[slot="control"]');
  if (!control) {
    // The component inserts its control once it has rendered: fix it then.
    const wait = new MutationObserver(() => {
      if (!dropdown.querySelector('[slot="control"]')) return;
      wait.disconnect();
      fixDropdown(dropdown);
    });
    wait.observe(dropdown, { childList: true });
    return;
  }
  const label = dropdown.closest("fluent-field")?.querySelector<HTMLElement>('[slot="label"]');
  if (label?.id) control.setAttribute("aria-labelledby", `${label.id} ${control.id}`);
  const ensure = (): void => {
    if (!control.hasAttribute("aria-expanded")) control.setAttribute("aria-expanded", "false");
  };
  ensure();
  new MutationObserver(ensure).observe(control, { attributes: true, attributeFilter: ["aria-expanded"] });
}

/** Mirror each fluent-radio's role and checked state as attributes, now and on every change. */
export function fixRadioGroup(group: HTMLElement): void {
  const sync = (): void => {
    group.querySelectorAll<HTMLElement & { checked?: boolean }>("fluent-radio").forEach((r) => {
      r.setAttribute("role", "radio");
      r.setAttribute("aria-checked", String(Boolean(r.checked)));
    });
  };
  sync();
  group.addEventListener("change", () => queueMicrotask(sync));
  group.addEventListener("click", () => queueMicrotask(sync));
  group.addEventListener("keyup", () => queueMicrotask(sync));
}
