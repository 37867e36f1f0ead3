"use client";

import { useEffect } from "react";
import { Button, Heading, Paragraph } from "../components/ds.ts";
import { useErrorTexts } from "../components/error-texts.tsx";

/** What the citizen sees when a page fails unexpectedly: in their language, with a way on. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const texts = useErrorTexts();
  useEffect(() => {
    // The digest ties this to the server log without showing the message (which could hold personal data).
    console.error("page error", error.digest ?? "(client)");
  }, [error]);
  return (
    <div className="app-stack">
      <Heading level={1} data-size="xl">
        {texts.heading}
      </Heading>
      <Paragraph>{texts.body}</Paragraph>
      <div className="app-row">
        <Button type="button" variant="primary" onClick={reset}>
          {texts.retry}
        </Button>
        <Button asChild variant="secondary">
          <a href="/">{texts.home}</a>
        </Button>
      </div>
    </div>
  );
}
