// In the (overview) group on purpose: a loading boundary above the end-cover page would stream it
// with status 200 before notFound() could answer 404 for someone else's enrolment.
/** Shown while the family loads: the page's shape, so nothing jumps when it arrives. */
export default function FamilyLoading() {
  return (
    <div aria-busy="true" className="animate-pulse">
      <div className="mb-6 h-9 w-56 rounded bg-brand-100" />
      <div className="grid gap-4 lg:grid-cols-2">
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="h-64 rounded-lg border border-brand-100 bg-white" />
        ))}
      </div>
    </div>
  );
}
