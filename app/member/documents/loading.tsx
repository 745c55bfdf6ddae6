import { PageSkeleton } from "@/components/loading/page-skeleton";

export default function DocumentsLoading() {
  return <PageSkeleton items={6} layout="rows" itemHeight="h-10" />;
}
