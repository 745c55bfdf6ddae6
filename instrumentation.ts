import type { Instrumentation } from "next";

/** Runs once when the Next.js server starts: background work lives in the server process. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startBackgroundWork } = await import("./lib/server/background");
    startBackgroundWork();
  }
}

/**
 * A server error during a render, possibly after a 200 and the page's shell were sent: the page
 * cache must not keep that response (lib/server/page-cache). Next.js still logs the error itself.
 */
export const onRequestError: Instrumentation.onRequestError = async () => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteRenderFailure } = await import("./lib/server/page-cache/render-record");
  noteRenderFailure();
};
