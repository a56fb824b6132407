import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/build.ts"],
    testTimeout: 60_000,
    // The hook's daemon stays after a run; the tests of it (test/cli/daemon.test.ts) turn it on.
    env: { LEAKPROOF_DAEMON: "0" },
    hookTimeout: 60_000,
  },
});
