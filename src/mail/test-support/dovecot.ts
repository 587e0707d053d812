// A real IMAP server for the tests: Debian's dovecot with a private configuration
// in a temporary folder, on a loopback port; plaintext login (loopback only), one
// passwd-file user, maildir in the same folder. Nothing outside that folder is written.
import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer, connect as tcpConnect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

export const DOVECOT = '/usr/sbin/dovecot';

export interface Dovecot {
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** imap://user@127.0.0.1:port */
  readonly url: string;
  /** A logged-in client for the test itself (delivering, deleting folders). */
  client(): Promise<ImapFlow>;
  /** Puts raw messages into a folder with APPEND (optionally with an internal date). */
  deliver(folder: string, messages: readonly (string | Buffer)[], date?: Date): Promise<void>;
  /** Writes messages straight into the folder's maildir (fast, for big mailboxes); mtime = internal date. */
  writeMaildir(folder: string, messages: Iterable<string>, date: Date): void;
  /** Stops the server; `start` brings it back on the same port with the same mail. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// As root, mail belongs to the unprivileged `dovecot` user (dovecot refuses uid 0 for mail).
function mailOwner(): { uid: number; gid: number } {
  const me = userInfo();
  if (me.uid !== 0) return { uid: me.uid, gid: me.gid };
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('dovecot:'));
  const [, , uid, gid] = (line ?? '').split(':');
  if (!uid || !gid) throw new Error('no dovecot user: apt-get install dovecot-imapd');
  return { uid: Number(uid), gid: Number(gid) };
}

function config(dir: string, port: number): string {
  const me = userInfo();
  const owner = mailOwner();
  // As root, dovecot wants its unprivileged helpers; otherwise everything runs as the user.
  const internal = me.uid === 0 ? 'dovecot' : me.username;
  const login = me.uid === 0 ? 'dovenull' : me.username;
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
instance_name = je-test-${port}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = ${internal}
default_internal_group = ${me.uid === 0 ? 'dovecot' : (process.getgid?.() ?? me.gid)}
default_login_user = ${login}
mail_location = maildir:${dir}/mail/%u
first_valid_uid = ${owner.uid}
first_valid_gid = ${owner.gid}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${owner.uid} gid=${owner.gid} home=${dir}/mail/%u
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service auth {
  user = ${me.uid === 0 ? 'root' : me.username}
  unix_listener auth-userdb {
    mode = 0600
  }
}
service auth-worker {
  user = ${me.uid === 0 ? 'root' : me.username}
}
service stats {
  unix_listener stats-reader {
    mode = 0600
  }
  unix_listener stats-writer {
    mode = 0600
  }
}
`;
}

async function waitForPort(port: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = tcpConnect(port, '127.0.0.1');
      socket.once('data', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (up) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts a private dovecot with one user; the test closes it (and its folder) afterwards. */
export async function startDovecot(): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'je-dovecot-'));
  const user = 'jane';
  const password = 'correct horse battery';
  mkdirSync(join(dir, 'mail'), { recursive: true, mode: 0o700 });
  const owner = mailOwner();
  chownSync(join(dir, 'mail'), owner.uid, owner.gid);
  // The mail user passes through (never lists) the folder to reach its mail.
  chmodSync(dir, 0o711);
  writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${password}\n`, { mode: 0o600 });
  const port = await freePort();
  const confPath = join(dir, 'dovecot.conf');
  writeFileSync(confPath, config(dir, port));
  let running: ChildProcess | undefined;

  const start = async () => {
    const child = spawn(DOVECOT, ['-F', '-c', confPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    running = child;
    try {
      await waitForPort(port, 15_000);
    } catch (error) {
      let log = '';
      try {
        log = readFileSync(join(dir, 'dovecot.log'), 'utf8');
      } catch {}
      child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}: ${stderr} ${log.slice(-2000)}`);
    }
  };
  const stop = async () => {
    const child = running;
    running = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  };
  await start();

  const client = async () => {
    const c = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user, pass: password },
      logger: false,
      disableAutoIdle: true,
    });
    await c.connect();
    return c;
  };
  return {
    port,
    user,
    password,
    url: `imap://${user}@127.0.0.1:${port}`,
    client,
    async deliver(folder, messages, date) {
      const c = await client();
      try {
        for (const m of messages) await c.append(folder, m, [], date);
      } finally {
        await c.logout();
      }
    },
    writeMaildir(folder, messages, date) {
      const root = join(dir, 'mail', user, folder === 'INBOX' ? '' : `.${folder}`);
      for (const sub of ['', 'cur', 'new', 'tmp']) {
        mkdirSync(join(root, sub), { recursive: true });
        chownSync(join(root, sub), owner.uid, owner.gid);
      }
      let n = 0;
      const seconds = Math.floor(date.getTime() / 1000);
      for (const m of messages) {
        n += 1;
        const file = join(root, 'new', `${seconds}.M${n}P${process.pid}.bench`);
        writeFileSync(file, m);
        chownSync(file, owner.uid, owner.gid);
        utimesSync(file, date, date);
      }
    },
    stop,
    start,
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
