"use client";

import { useEffect, useState } from "react";
import { Button } from "../ds.ts";

/**
 * A "Kopier" button beside a value the citizen pays with (kontonummer, KID, amount). Progressive
 * enhancement: the value itself is plain selectable text; the button appears only once
 * JavaScript runs and the browser offers the clipboard, and says "Kopiert" in a live region.
 */
export function CopyButton({ value, label, copied }: { value: string; label: string; copied: string }) {
  const [supported, setSupported] = useState(false);
  const [done, setDone] = useState(false);
  useEffect(() => setSupported(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  if (!supported) return null;
  return (
    <>
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          setDone(true);
        }}
      >
        {label}
      </Button>
      <span role="status" className="app-copied">
        {done ? copied : ""}
      </span>
    </>
  );
}
