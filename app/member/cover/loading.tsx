import { PageSkeleton } from "@/components/loading/page-skeleton";

export default function BenefitsLoading() {
  // The heading is real already (./layout.tsx): only the content waits.
  return <PageSkeleton items={6} itemHeight="h-28" heading={false} />;
}
