import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real file system of a few megabytes, to fill up: a tmpfs mounted for the test. */
export interface SmallDisk {
  readonly dir: string;
  /** Writes a file that takes every byte left on the disk but `leave` bytes. */
  fill(leave?: number): void;
  /** Frees what fill() took. */
  free(): void;
  dispose(): void;
}

/**
 * Mounts a tmpfs of `megabytes` on a fresh folder (root is needed, as on the
 * development and CI machines; anywhere else this throws, saying so).
 */
export function smallDisk(megabytes: number): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'justenough-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m,mode=0700`, 'tmpfs', dir], {
      stdio: 'pipe',
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `a full-disk test mounts a small tmpfs, which needs root (mount -t tmpfs): ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    fill(leave = 0) {
      const fd = openSync(filler, 'a');
      const room = () => {
        const disk = statfsSync(dir);
        return disk.bavail * disk.bsize;
      };
      if (leave > 0) {
        const block = Buffer.alloc(4096, 1);
        while (room() > leave) writeSync(fd, block);
        closeSync(fd);
        return;
      }
      const block = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
      // The last bytes, below a block.
      try {
        for (;;) writeSync(fd, block, 0, 512);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    dispose() {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
