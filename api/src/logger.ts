import { pino } from "pino";

/** Structured logs. Never pass personal data (names, email, phone) to the logger. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
});
