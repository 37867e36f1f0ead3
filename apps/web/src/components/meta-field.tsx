import type { ReactNode } from "react";

/** One term and its value in a description list (`dl.app-meta`). */
export function MetaField({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}
