"use client";

import { useEffect } from "react";

/**
 * Last-resort boundary that replaces the root layout, so it renders its own document and cannot
 * rely on translations or the Tailwind stylesheet: static bilingual text, inline styles
 * (all pairs ≥ 7:1 contrast).
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const button = {
    minHeight: 44,
    padding: "0.5rem 1.25rem",
    border: 0,
    borderRadius: 6,
    background: "#0f4c81",
    color: "#ffffff",
    font: "inherit",
    fontWeight: 600,
    cursor: "pointer",
  } as const;

  return (
    <html lang="da">
      <body
        style={{
          margin: 0,
          fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
          color: "#1b2631",
          background: "#f4f6f9",
          lineHeight: 1.5,
        }}
      >
        <title>Der opstod en fejl · Something went wrong</title>
        <header style={{ background: "#0a2a47", color: "#ffffff", padding: "0.75rem 1rem", fontWeight: 700 }}>
          <p style={{ margin: 0 }}>
            Medlemsportal · <span lang="en">Member Portal</span>
          </p>
        </header>
        <main id="main" style={{ maxWidth: "36rem", margin: "0 auto", padding: "2rem 1rem" }}>
          <h1 style={{ fontSize: "1.75rem", margin: "0 0 0.5rem" }}>Der opstod en fejl</h1>
          <p>Noget gik galt. Prøv igen om lidt.</p>
          <p lang="en" style={{ margin: "1.5rem 0 0.25rem", fontSize: "1.25rem", fontWeight: 700 }}>
            Something went wrong
          </p>
          <p lang="en">Something went wrong. Please try again shortly.</p>
          <p style={{ marginTop: "1.5rem" }}>
            <button type="button" onClick={() => retry()} style={button}>
              Prøv igen · <span lang="en">Try again</span>
            </button>
          </p>
          <p>
            {/* A full page load, since the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" style={{ color: "#0f4c81", fontWeight: 600 }}>
              Gå til forsiden · <span lang="en">Go to the home page</span>
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
