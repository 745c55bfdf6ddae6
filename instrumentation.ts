/** Runs once when the Next.js server starts: background work lives in the server process. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startBackgroundWork } = await import("./lib/server/background");
    startBackgroundWork();
  }
}
