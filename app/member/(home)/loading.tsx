// In the (home) group on purpose: a loading boundary at app/member would stream the claim pages with
// status 200 before notFound() could answer 404 for someone else's claim.
import { PageSkeleton } from "@/components/loading/page-skeleton";

export default function MemberHomeLoading() {
  // The heading is real already (./layout.tsx): only the content waits.
  return <PageSkeleton items={4} itemHeight="h-40" heading={false} />;
}
