import type { ReactNode } from "react";
import { Alert, Card, Heading, Paragraph } from "../ds.ts";

/** One dashboard section: a card with a level-2 heading that names the region. */
export function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <Card asChild>
      <section aria-labelledby={headingId} className="app-stack">
        <Heading level={2} data-size="md" id={headingId}>
          {heading}
        </Heading>
        {children}
      </section>
    </Card>
  );
}

/** What a section shows when its part of the graph could not be fetched. */
export function Unavailable({ message }: { message: string }) {
  return (
    <Alert data-color="warning">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
