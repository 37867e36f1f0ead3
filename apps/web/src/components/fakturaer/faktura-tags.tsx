import type { FakturaStatus } from "../../generated/graphql.ts";
import type { Translate } from "../../i18n/t.ts";
import { Tag } from "../ds.ts";
import { FAKTURA_STATUS_COLOR } from "./faktura-status.ts";

/** An invoice's status as a tag, and a second tag when it is overdue (said in words, not by colour alone). */
export function FakturaTags({ status, overdue, t }: { status: FakturaStatus; overdue: boolean; t: Translate }) {
  return (
    <div className="app-row">
      <Tag data-color={FAKTURA_STATUS_COLOR[status]} data-size="sm">
        {t(`fakturaStatus.${status}`)}
      </Tag>
      {overdue && (
        <Tag data-color="danger" data-size="sm">
          {t("fakturaer.overdueTag")}
        </Tag>
      )}
    </div>
  );
}
