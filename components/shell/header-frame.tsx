"use client";

import { useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { cx } from "../cx";

export type HeaderFrameProps = {
  /** Portal name / area label, always visible in the dark top bar. */
  brand: ReactNode;
  /** Always-visible tools in the top bar (language switch). */
  tools: ReactNode;
  /** Navigation and account links: a row under the top bar on wide screens, a disclosure on phones. */
  panel: ReactNode;
  /** Accessible name of the phone menu button (already translated). */
  menuLabel: string;
};

/**
 * Responsive site header. Below the `md` breakpoint the panel collapses behind a disclosure button
 * (aria-expanded / aria-controls; Escape closes it and returns focus; following a link closes it).
 */
export function HeaderFrame({ brand, tools, panel, menuLabel }: HeaderFrameProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  function onPanelKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape" && open) {
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  function onPanelClick(event: MouseEvent<HTMLDivElement>) {
    if (event.target instanceof Element && event.target.closest("a")) setOpen(false);
  }

  return (
    <header className="border-b border-brand-100 bg-white">
      {/* Without JavaScript the disclosure cannot open: show the panel and hide the button. */}
      <noscript>
        <style>{"[data-menu-panel]{display:block!important}[data-menu-button]{display:none!important}"}</style>
      </noscript>
      <div className="on-dark bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
          <div className="min-w-0 flex-1">{brand}</div>
          {/* On phones the tools get their own row so nothing is squeezed at 360 px. */}
          <div className="order-last flex w-full justify-end md:order-none md:w-auto">{tools}</div>
          <button
            data-menu-button=""
            ref={buttonRef}
            type="button"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((o) => !o)}
            className="inline-flex min-h-10 items-center gap-2 rounded-md border border-white/80 px-3 text-sm font-semibold text-white md:hidden"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
              {open ? (
                <path d="M4.3 4.3a1 1 0 0 1 1.4 0L10 8.6l4.3-4.3a1 1 0 1 1 1.4 1.4L11.4 10l4.3 4.3a1 1 0 0 1-1.4 1.4L10 11.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L8.6 10 4.3 5.7a1 1 0 0 1 0-1.4Z" />
              ) : (
                <path d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Zm0 6H3a1 1 0 1 0 0 2h14a1 1 0 1 0 0-2Z" />
              )}
            </svg>
            {menuLabel}
          </button>
        </div>
      </div>
      <div
        id={panelId}
        data-menu-panel=""
        onKeyDown={onPanelKeyDown}
        onClick={onPanelClick}
        className={cx(open ? "block" : "hidden", "md:block")}
      >
        <div className="mx-auto max-w-6xl px-4 py-2">{panel}</div>
      </div>
    </header>
  );
}
