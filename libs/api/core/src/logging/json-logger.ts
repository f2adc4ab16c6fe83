import type { LoggerService } from '@nestjs/common';
import { currentRequestContext } from '../context/request-context';

type Level = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const NEST_BOOT_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule', 'NestApplication']);

/**
 * Structured logs: one JSON object a line on stdout, carrying the request id when there is one, so
 * that a log pipeline can join a request's lines without parsing prose.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly minimum: Level = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    // Nest's start-up chatter (modules loaded, routes mapped) is only interesting when debugging.
    const context = rest[rest.length - 1];
    this.emit(typeof context === 'string' && NEST_BOOT_CONTEXTS.has(context) ? 'debug' : 'info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }

  /** Log an event with structured fields. */
  event(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
    if (RANK[level] < RANK[this.minimum]) return;
    const requestId = currentRequestContext()?.requestId;
    this.write(JSON.stringify({ level, time: new Date().toISOString(), msg, ...(requestId ? { requestId } : {}), ...fields }));
  }

  private emit(level: Level, message: unknown, rest: unknown[]): void {
    // Nest passes the context (a class name) as the last string argument, and a stack before it for errors.
    const args = [...rest];
    const context = typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    const fields: Record<string, unknown> = {};
    if (context) fields['context'] = context;
    if (message instanceof Error) {
      fields['error'] = { name: message.name, message: message.message, stack: message.stack };
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(fields, message);
    }
    const stack = args.find((arg) => typeof arg === 'string');
    if (stack) fields['stack'] = stack;
    const text = message instanceof Error ? message.message : typeof message === 'string' ? message : String(fields['msg'] ?? '');
    this.event(level, text, fields);
  }
}
