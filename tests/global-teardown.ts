/** Remove the temp build made by global-setup.ts. */
import fs from "fs";

export default function globalTeardown(): void {
  if (process.env.HF_BUILD_DIR) fs.rmSync(process.env.HF_BUILD_DIR, { recursive: true, force: true });
}
