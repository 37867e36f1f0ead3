import type { ComponentProps, ReactNode } from "react";
import { Heading } from "./ds.ts";

interface TitledSectionProps extends Omit<ComponentProps<"section">, "aria-labelledby" | "className"> {
  /** The level-2 heading's id; the section (a region landmark) takes its name from it. */
  headingId: string;
  heading: ReactNode;
}

/** A part of a page under its own level-2 heading, named by that heading so it is a landmark. */
export function TitledSection({ headingId, heading, children, ...section }: TitledSectionProps) {
  return (
    <section aria-labelledby={headingId} className="app-stack" {...section}>
      <Heading level={2} data-size="sm" id={headingId}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
