/**
 * The NumPy side of the paired engine figures: tests/bench/numpy_reference.py as one long-lived child process
 * (`python3`, or $SEWB_BENCH_PYTHON; one BLAS thread unless OPENBLAS_NUM_THREADS / OMP_NUM_THREADS say otherwise), fed the engine bench's own inputs through a temp folder and asked for
 * one figure at a time, so that engine and NumPy runs alternate within one session.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';

export interface MatrixFile {
  file: string;
  rows: number;
  cols: number;
}

export class NumpyReference {
  readonly version: string;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  private readonly reader: Interface;
  private readonly folder: string;
  private readonly stderr: { text: string };

  private constructor(
    child: ChildProcessWithoutNullStreams,
    reader: Interface,
    lines: AsyncIterator<string>,
    folder: string,
    version: string,
    stderr: { text: string },
  ) {
    this.stderr = stderr;
    this.child = child;
    this.reader = reader;
    this.lines = lines;
    this.folder = folder;
    this.version = version;
  }

  /** Writes the inputs (`manifest` names the matrices in `matrices`), starts Python and waits for it to load them. */
  static async start(manifest: object, matrices: Record<string, Float64Array>): Promise<NumpyReference> {
    const folder = mkdtempSync(join(tmpdir(), 'sewb-bench-numpy-'));
    for (const [file, data] of Object.entries(matrices))
      writeFileSync(join(folder, file), new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));
    const python = process.env.SEWB_BENCH_PYTHON ?? 'python3';
    // One BLAS thread, as the engine runs on one (unless the caller's environment says otherwise).
    const threads = { OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
    const child = spawn(python, [join(import.meta.dirname, 'numpy_reference.py'), folder], {
      stdio: 'pipe',
      env: { ...threads, ...process.env },
    });
    const stderr = { text: '' };
    child.stderr.on('data', (chunk: Buffer) => (stderr.text += chunk.toString()));
    const failed = new Promise<never>((_, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`${python} exited (${code}): ${stderr.text.trim().slice(-300)}`)));
    });
    const reader = createInterface({ input: child.stdout });
    const lines = reader[Symbol.asyncIterator]();
    try {
      const first = await Promise.race([lines.next(), failed]);
      if (first.done) throw new Error(`${python} printed nothing: ${stderr.text.trim().slice(-300)}`);
      const hello = JSON.parse(first.value) as { ready: boolean; numpy: string };
      return new NumpyReference(child, reader, lines, folder, hello.numpy, stderr);
    } catch (error) {
      child.kill();
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
  }

  /** Runs one figure `runs` times in Python; milliseconds per run. */
  async run(figure: string, runs: number): Promise<number[]> {
    this.child.stdin.write(`${figure} ${runs}\n`);
    const line = await this.lines.next();
    if (line.done) throw new Error(`the NumPy reference stopped: ${this.stderr.text.trim().slice(-300)}`);
    return (JSON.parse(line.value) as { ms: number[] }).ms;
  }

  close(): void {
    this.child.stdin.end('\n');
    this.reader.close();
    rmSync(this.folder, { recursive: true, force: true });
  }
}
