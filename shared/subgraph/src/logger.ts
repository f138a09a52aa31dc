import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs, one line an event; personal data is never logged, only ids. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level: process.env.NODE_ENV === 'test' && !process.env.LOG_LEVEL ? 'silent' : level,
    base: { service: name },
    redact: { paths: ['req.headers.authorization', '*.idNumber', '*.phone'], remove: true },
  });
}
