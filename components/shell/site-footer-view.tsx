/** The footer's markup, from translated texts (usable where next-intl's client runtime is not loaded). */
export function SiteFooterView({ siteName, text }: { siteName: string; text: string }) {
  return (
    <footer className="mt-auto border-t border-brand-100 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          <span className="font-semibold text-ink">{siteName}</span> · {text}
        </p>
      </div>
    </footer>
  );
}
