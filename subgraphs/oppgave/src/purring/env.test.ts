import { describe, expect, it } from "vitest";
import { DEV_KRR_URL, readKrrUrl, readPurringEnv } from "./env.ts";

describe("readPurringEnv", () => {
  it("leaves reminders off in development until SMTP_URL is set, with dev-krr as KRR", () => {
    expect(readPurringEnv({}, false)).toBeUndefined();
    expect(readPurringEnv({ SMTP_URL: "smtp://127.0.0.1:2525" }, false)).toEqual({
      smtpUrl: "smtp://127.0.0.1:2525",
      krrUrl: DEV_KRR_URL,
      mailFrom: "Min kommune <ikke-svar@minkommune.example>",
    });
  });

  it("requires SMTP_URL, KRR_URL and MAIL_FROM in production", () => {
    const all = { SMTP_URL: "smtps://mail.example.com", KRR_URL: "https://kontaktregisteret.no", MAIL_FROM: "a@b.no" };
    expect(readPurringEnv(all, true)).toEqual({ smtpUrl: all.SMTP_URL, krrUrl: all.KRR_URL, mailFrom: "a@b.no" });
    for (const name of Object.keys(all)) {
      expect(() => readPurringEnv({ ...all, [name]: undefined }, true)).toThrow(name);
    }
  });

  it("refuses an SMTP_URL that is not smtp:// or smtps://", () => {
    expect(() => readPurringEnv({ SMTP_URL: "http://127.0.0.1:2525" }, false)).toThrow("SMTP_URL");
  });

  it("reads KRR_URL for contact details even without SMTP: dev-krr in development, required in production", () => {
    expect(readKrrUrl({}, false)).toBe(DEV_KRR_URL);
    expect(readKrrUrl({ KRR_URL: "https://kontaktregisteret.no" }, true)).toBe("https://kontaktregisteret.no");
    expect(() => readKrrUrl({}, true)).toThrow("KRR_URL");
  });
});
