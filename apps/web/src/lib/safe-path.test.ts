import { describe, expect, it } from "vitest";
import { safeLocalPath } from "./safe-path.ts";

describe("safeLocalPath", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeLocalPath("/post/dokument/d0c5e11a-0000-4000-9000-000000000003")).toBe(
      "/post/dokument/d0c5e11a-0000-4000-9000-000000000003",
    );
    expect(safeLocalPath("/post?vis=arkiverte")).toBe("/post?vis=arkiverte");
  });

  it("never leads to another origin", () => {
    for (const value of ["//evil.example/x", "https://evil.example/", "/\\evil.example", "post", "", null, 42]) {
      expect(safeLocalPath(value)).toBe("/");
    }
  });
});
