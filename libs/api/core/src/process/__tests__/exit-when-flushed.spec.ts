import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { transformFileSync } from '@swc/core';

const LINE = `${'x'.repeat(99)}\n`;
const STDOUT_LINES = 6_000;
const STDERR_LINES = 3_000;

/**
 * A command-line tool in miniature: it writes a long report to stdout and stderr, says so on fd 3,
 * and ends through exitWhenFlushed with code 3.
 */
const TOOL = `
const { writeSync } = require('node:fs');
const { exitWhenFlushed } = require('./exit-when-flushed');
for (let i = 0; i < ${STDOUT_LINES}; i++) process.stdout.write(${JSON.stringify(LINE)});
process.stdout.write('END\\n');
for (let i = 0; i < ${STDERR_LINES}; i++) process.stderr.write(${JSON.stringify(LINE)});
writeSync(3, 'written\\n');
void exitWhenFlushed(3);
`;

describe('exitWhenFlushed', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'exit-when-flushed-'));
    const { code } = transformFileSync(join(__dirname, '../exit-when-flushed.ts'), {
      swcrc: false,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    writeFileSync(join(dir, 'exit-when-flushed.js'), code);
    writeFileSync(join(dir, 'tool.js'), TOOL);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lets a reader that is slower than the tool receive the whole report, then exits with the code', async () => {
    const child = spawn(process.execPath, [join(dir, 'tool.js')], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const pipe = (fd: number) => {
      const stream = child.stdio[fd];
      if (!(stream instanceof Readable)) throw new Error(`fd ${fd} of the tool is not a pipe`);
      return stream;
    };
    const [stdoutPipe, stderrPipe, writtenPipe] = [pipe(1), pipe(2), pipe(3)];
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Nothing is read until the tool has written everything and called exitWhenFlushed: the pipes are
    // full by then, and a tool that exits at once loses what they have not taken.
    const read = (stream: Readable) => {
      stream.pause();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      return new Promise<string>((resolve) => stream.on('end', () => resolve(Buffer.concat(chunks).toString())));
    };
    const [stdout, stderr] = [read(stdoutPipe), read(stderrPipe)];
    writtenPipe.once('data', () => setTimeout(() => [stdoutPipe, stderrPipe].forEach((stream) => stream.resume()), 200));
    const [code, out, err] = await Promise.all([exited, stdout, stderr]);
    expect({ code, stdout: out.length, stderr: err.length, last: out.slice(-4) }).toEqual({
      code: 3,
      stdout: STDOUT_LINES * LINE.length + 'END\n'.length,
      stderr: STDERR_LINES * LINE.length,
      last: 'END\n',
    });
  });
});
