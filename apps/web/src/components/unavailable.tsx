import { Alert, Paragraph } from "./ds.ts";

/** What a page or section shows when its part of the graph could not be fetched. */
export function Unavailable({ message }: { message: string }) {
  return (
    <Alert data-color="warning">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
