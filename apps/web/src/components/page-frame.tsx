import type { ReactNode } from "react";
import { Heading } from "./ds.ts";

/** A page's content under its level-1 heading, stacked. */
export function PageFrame({ heading, children }: { heading: ReactNode; children?: ReactNode }) {
  return (
    <div className="app-stack">
      <Heading level={1} data-size="xl">
        {heading}
      </Heading>
      {children}
    </div>
  );
}
