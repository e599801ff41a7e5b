/** Remove the temp build made by global-setup.ts. */
import fs from "fs";

export default async function globalTeardown(): Promise<void> {
  if (process.env.HF_BUILD_DIR) fs.rmSync(process.env.HF_BUILD_DIR, { recursive: true, force: true });
}
