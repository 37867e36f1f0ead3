import { encodeCursor } from "@minkommune/subgraph-kit";
import { describe, expect, it } from "vitest";
import { kari, osloOppgave } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";
import { KARI_REKKEFOLGE, oppgaveliste, type Page } from "./helpers/oppgaveliste.ts";

const t = useTestSubgraph({ seed: true });
const { oppgaver, page } = oppgaveliste(() => t.subgraph.url);

describe("Innbygger.oppgaver pages", () => {
  // Size 5 splits Oslo's and Trondheim's oppgave 5, which tie on frist (none) and created: only id parts them.
  it.each([1, 3, 5])(
    "pages through the list %i at a time with opaque cursors, each row exactly once",
    async (first) => {
      const seen: string[] = [];
      const hasNext: boolean[] = [];
      let after: string | null = null;
      do {
        const result: Page = await page(kari, { first, after });
        expect(result.totalCount).toBe(10);
        seen.push(...result.nodes.map((n) => n.id));
        hasNext.push(result.pageInfo.hasNextPage);
        after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
        if (after) expect(after).toMatch(/^[A-Za-z0-9_-]+$/);
      } while (after);
      expect(seen).toEqual(KARI_REKKEFOLGE);
      expect(hasNext).toHaveLength(Math.ceil(KARI_REKKEFOLGE.length / first));
    },
  );

  it("pages a filtered list too", async () => {
    const first = await page(kari, { status: "NY", first: 4 });
    const rest = await page(kari, { status: "NY", first: 4, after: first.pageInfo.endCursor });
    expect([...first.nodes, ...rest.nodes].map((n) => n.id)).toEqual(KARI_REKKEFOLGE.slice(0, 6));
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
  });

  it("accepts first from 1 to 100 and names the field otherwise", async () => {
    expect((await page(kari, { first: 1 })).nodes).toHaveLength(1);
    expect((await page(kari, { first: 100 })).nodes).toHaveLength(10);
    for (const first of [0, -1, 101]) {
      const result = await oppgaver(kari, { first });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    }
  });

  it("answers a malformed or foreign cursor with BAD_USER_INPUT on after", async () => {
    const id = osloOppgave(1);
    for (const after of [
      "ikke-en-cursor",
      encodeCursor([0, "2026-02-30", "2026-06-15T10:00:00.000Z", id]),
      encodeCursor([0, "2026-06-15", id]),
      encodeCursor([7, "2026-06-15", "2026-06-15T10:00:00.000Z", id]),
      encodeCursor([0, "2026-06-15", "2026-06-15T10:00:00.000Z", "x'); drop table oppgave.oppgave; --"]),
    ]) {
      const result = await oppgaver(kari, { after });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    }
  });
});
