import { PageSkeleton } from "@/components/loading/page-skeleton";

export default function BenefitsLoading() {
  return <PageSkeleton items={6} itemHeight="h-28" />;
}
