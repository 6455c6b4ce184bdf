import { StringDecoder } from 'node:string_decoder';

// Colour codes make log tails unreadable in JSON.
const ANSI_ESCAPES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

export interface LogRingOptions {
  maxLines?: number;
  /** A single endless line (a progress bar, a minified dump) must not grow without bound either. */
  maxLineLength?: number;
  /** Values replaced by [redacted] before a line is kept (the tail is shown by /status). */
  secrets?: string[];
}

/** Keeps the last lines of a build's output, whatever the output's size. */
export class LogRing {
  private readonly kept: string[] = [];
  private readonly maxLines: number;
  private readonly maxLineLength: number;
  private readonly secrets: string[];
  private readonly unfinished: string[] = [];

  constructor(options: LogRingOptions = {}) {
    this.maxLines = options.maxLines ?? 200;
    this.maxLineLength = options.maxLineLength ?? 2000;
    this.secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  }

  /**
   * A writer for one stream. Each stream keeps its own unfinished line and its own
   * decoder, so stdout and stderr never splice into each other or split a character.
   */
  writer(): { write(chunk: Buffer | string): void; end(): void } {
    const decoder = new StringDecoder('utf8');
    const slot = this.unfinished.push('') - 1;
    const take = (text: string) => {
      const parts = ((this.unfinished[slot] ?? '') + text).split('\n');
      // One character over the limit is enough for keep() to mark the line as cut.
      this.unfinished[slot] = (parts.pop() ?? '').slice(0, this.maxLineLength + 1);
      for (const line of parts) this.keep(line);
    };
    return {
      write: (chunk) => take(typeof chunk === 'string' ? chunk : decoder.write(chunk)),
      end: () => {
        take(decoder.end());
        const rest = this.unfinished[slot] ?? '';
        this.unfinished[slot] = '';
        if (rest) this.keep(rest);
      },
    };
  }

  lines(): string[] {
    return [...this.kept];
  }

  private keep(raw: string): void {
    let line = raw.replace(ANSI_ESCAPES, '').replace(/\r$/, '');
    // A progress bar rewrites its line with \r; the last state is the one that matters.
    line = line.slice(line.lastIndexOf('\r') + 1);
    for (const secret of this.secrets) line = line.split(secret).join('[redacted]');
    if (line.length > this.maxLineLength) line = `${line.slice(0, this.maxLineLength)} …`;
    this.kept.push(line);
    if (this.kept.length > this.maxLines) this.kept.splice(0, this.kept.length - this.maxLines);
  }
}
