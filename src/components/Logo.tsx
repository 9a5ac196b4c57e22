/**
 * The town's logo (tenants/<id>/logo.svg, served at /logo.svg). One file per town keeps every
 * town's artwork out of the others' builds; width and height reserve its place before it loads.
 */
export function Logo({ title, className }: { title: string; className?: string }) {
  return (
    <img
      src="/logo.svg"
      alt={title}
      className={className}
      width={200}
      height={200}
      decoding="async"
    />
  );
}
