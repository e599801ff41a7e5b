/** How a build script run from the command line reports a failure: the Error's message (not its stack), exit code 1. */
export function runScript(work: () => unknown): void {
  try {
    work();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
