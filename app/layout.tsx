import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  const siteName = t("siteName");
  return {
    title: { default: siteName, template: `%s · ${siteName}` },
    description: t("siteDescription"),
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0a2a47",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:start-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-brand-700"
        >
          {t("skipToContent")}
        </a>
        {/* No next-intl provider here: pages and layouts wrap the client components that translate
            in ClientMessages, so a page without them (the member home) loads no next-intl runtime. */}
        {children}
      </body>
    </html>
  );
}
