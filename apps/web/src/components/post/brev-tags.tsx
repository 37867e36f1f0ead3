import type { Translate } from "../../i18n/t.ts";
import { Tag } from "../ds.ts";

/** A letter's state as tags: read or unread, and archived when it is. */
export function BrevTags({ lest, arkivert, t }: { lest: boolean; arkivert: boolean; t: Translate }) {
  return (
    <>
      <Tag data-color={lest ? "neutral" : "info"} data-size="sm">
        {t(lest ? "post.lestTag" : "letters.unreadTag")}
      </Tag>
      {arkivert && (
        <Tag data-color="neutral" data-size="sm">
          {t("post.arkivertTag")}
        </Tag>
      )}
    </>
  );
}
