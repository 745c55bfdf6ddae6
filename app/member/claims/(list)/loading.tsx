// Lives in the (list) group on purpose: a loading boundary above the claim, edit and settlement
// pages would stream them with status 200 before notFound() could answer 404 for someone else's claim.
/** Shown while the list loads (streamed): the page's shape, so nothing jumps when it arrives. */
export default function ClaimsLoading() {
  return (
    <div aria-busy="true" className="animate-pulse">
      <div className="mb-6 h-9 w-56 rounded bg-brand-100" />
      <div className="mb-6 flex flex-wrap gap-4">
        <div className="h-11 w-56 rounded bg-brand-50" />
        <div className="h-11 w-56 rounded bg-brand-50" />
      </div>
      <div className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-white p-4">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="h-8 rounded bg-brand-50" />
        ))}
      </div>
    </div>
  );
}
