import { PageSkeleton } from "@/components/loading/page-skeleton";

export default function ProvidersLoading() {
  return <PageSkeleton items={6} form />;
}
