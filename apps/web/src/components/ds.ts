"use client";

/**
 * The Designsystemet components the app uses, re-exported from one client module. Server
 * components import them from here so the client bundle holds these few, not the whole
 * (client-only) barrel of @digdir/designsystemet-react.
 */
export { Alert, Button, Card, Heading, Link, Paragraph, SkipLink, Tag } from "@digdir/designsystemet-react";
