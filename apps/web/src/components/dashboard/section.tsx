import type { ReactNode } from "react";
import { Card, Heading, Link, Paragraph } from "../ds.ts";

/** Where a dashboard section's full page is, and the link text. */
export interface SectionMore {
  href: string;
  label: string;
}

/** One dashboard section: a card with a level-2 heading that names the region, and a link to its page. */
export function Section({
  id,
  heading,
  more,
  children,
}: {
  id: string;
  heading: string;
  more?: SectionMore;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <Card asChild>
      <section aria-labelledby={headingId} className="app-stack">
        <Heading level={2} data-size="md" id={headingId}>
          {heading}
        </Heading>
        {children}
        {more && (
          <Paragraph>
            <Link href={more.href}>{more.label}</Link>
          </Paragraph>
        )}
      </section>
    </Card>
  );
}
