/**
 * The pane is built from Fluent UI web components 3 only: the shipped package is v3 (in
 * `dependencies`), nothing of v2 or of FAST Foundation 2 is installed, every fluent-* element
 * the pane uses is registered by pane-main.ts (the pane chunk taskpane.ts loads) and exists in v3, and no native form control is
 * left in the page.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), "utf8");
const pkg = JSON.parse(read("package.json")) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const lock = JSON.parse(read("package-lock.json")) as { packages: Record<string, { version: string }> };

describe("Fluent UI web components 3", () => {
  it("ships v3 with its peers as dependencies; no v2 and no FAST Foundation 2 anywhere in the tree", () => {
    expect(pkg.dependencies?.["@fluentui/web-components"]).toMatch(/^\^?3\./);
    expect(pkg.devDependencies?.["@fluentui/web-components"]).toBeUndefined();
    expect(pkg.dependencies?.["@microsoft/fast-element"]).toMatch(/^\^?3\./);
    const installed = Object.entries(lock.packages).filter(([p]) => p !== "");
    const versions = (name: string): string[] =>
      installed
        .filter(([p]) => p === `node_modules/${name}` || p.endsWith(`/node_modules/${name}`))
        .map(([, v]) => v.version);
    expect(versions("@fluentui/web-components").every((v) => v.startsWith("3."))).toBe(true);
    expect(versions("@fluentui/web-components").length).toBeGreaterThan(0);
    expect(versions("@microsoft/fast-foundation")).toEqual([]);
    expect(versions("@microsoft/fast-element").every((v) => v.startsWith("3."))).toBe(true);
  });

  it("every fluent-* element in the pane is registered from v3 and exists there; no native form control", () => {
    const html = read("src/taskpane/taskpane.html");
    const code = ["src/taskpane/pane.ts", "src/taskpane/pane-main.ts", "src/taskpane/add-source.ts"]
      .map(read)
      .join("\n");
    const used = new Set(
      [
        ...html.matchAll(/<fluent-([a-z-]+)/g),
        ...code.matchAll(/(?:createElement\(|el\(doc, )"fluent-([a-z-]+)"/g),
      ].map((m) => m[1]),
    );
    expect([...used].sort()).toEqual([
      "button",
      "checkbox",
      "dropdown",
      "field",
      "listbox",
      "option",
      "radio",
      "radio-group",
      "spinner",
      "text-input",
      "textarea",
    ]);
    const registered = new Set(
      [...read("src/taskpane/pane-main.ts").matchAll(/import "@fluentui\/web-components\/([a-z-]+)\.js";/g)].map(
        (m) => m[1],
      ),
    );
    // The tag name each v3 element defines, from its own options module (fluent-<name>).
    const v3Tag = (name: string): string | null => {
      const dir = path.join(ROOT, "node_modules/@fluentui/web-components/dist/esm", name);
      if (!fs.existsSync(dir)) return null;
      const options = fs.readdirSync(dir).find((f) => f.endsWith(".options.js"));
      const m = options
        ? /export const tagName = `\$\{FluentDesignSystem\.prefix\}-([a-z-]+)`/.exec(
            fs.readFileSync(path.join(dir, options), "utf8"),
          )
        : null;
      return m ? `fluent-${m[1]}` : null;
    };
    for (const name of used) {
      expect({ name, registered: registered.has(name) }).toEqual({ name, registered: true });
      expect({ name, tag: v3Tag(name) }).toEqual({ name, tag: `fluent-${name}` });
    }
    expect(html).not.toMatch(/<(select|input|button|textarea)\b/);
    expect(read("src/taskpane/add-source.ts")).not.toMatch(
      /el\(doc, "(select|input|button|textarea)"|createElement\("(select|input|button|textarea)"/,
    );
  });
});
