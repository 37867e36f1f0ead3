"use client";

import { createContext, type ReactNode, useContext } from "react";

/** The error page's texts in the citizen's language (error.tsx is a client component and cannot read the cookie). */
export interface ErrorTexts {
  heading: string;
  body: string;
  retry: string;
  home: string;
}

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/** Hands the error texts from the server layout to the error boundary below it. */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children?: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

/** The error texts the layout provided. */
export function useErrorTexts(): ErrorTexts {
  const texts = useContext(ErrorTextsContext);
  if (!texts) throw new Error("useErrorTexts outside ErrorTextsProvider");
  return texts;
}
