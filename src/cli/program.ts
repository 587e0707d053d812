import { Command, CommanderError, Option } from 'commander';
import { CONTACT_ROLES, EVENT_TYPES } from '../core/names.js';
import type { GlobalOptions } from '../wiring/open-app.js';
import { UsageError } from '../wiring/usage-error.js';
import { accountCommands } from './account-commands.js';
import { captureCommand } from './capture-command.js';
import type { Io } from './io.js';
import type { Run } from './run-command.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const HELP_FOOTER = `
Start here:
  justenough settings --name "Sam Lee" --phone "312 555 0100" --timezone America/Chicago --holidays US
  justenough add job --company Acme --title "Data Analyst" --contact "Jane Doe" --contact-phone "312 555 0199"
  justenough log 1 applied
  justenough today

The method: three business days after applying, call with a three-part message; up to three
follow-ups, then the holding file. After an interview: a thank-you call and a handwritten note
the next business day, then a check-in every 7 to 10 days until a definite yes or no.`;

/** The `justenough` command: parses the line and hands each command to its handler. */
export function buildProgram(
  io: Io,
  env: NodeJS.ProcessEnv,
  exit: (code: number) => void,
): Command {
  const program = new Command('justenough');
  const run = (cmd: Command): Run => ({ io, env, options: cmd.optsWithGlobals<GlobalOptions>() });
  const handle =
    (work: (cmd: Command) => Promise<number>) =>
    async (...args: unknown[]) => {
      exit(await work(args[args.length - 1] as Command));
    };

  program
    .description('Follow up just enough: whom to contact today, how, and with what words.')
    .option(
      '--data <dir>',
      'data directory (default: $JUSTENOUGH_DATA, else your user data folder)',
    )
    .option('--database-url <url>', 'a PostgreSQL database instead (also $DATABASE_URL)')
    .option(
      '--now <time>',
      'the clock: 2026-11-23 (noon local) or 2026-11-23T23:30:00-06:00 (also $JUSTENOUGH_NOW)',
    )
    .option('--json', 'print one JSON document on stdout')
    .option('--account <email>', 'run as this account, when the database has several')
    .configureOutput({
      writeOut: (text) => io.stdout(text.trimEnd()),
      writeErr: (text) => io.stderr(text.trimEnd()),
      outputError: (text, write) => write(`${text.trim()} (see justenough --help)`),
    })
    .addHelpText('after', HELP_FOOTER)
    .showSuggestionAfterError()
    .exitOverride();

  program
    .command('settings')
    .description(
      'show your settings, or change them (used by the scripts and the business-day arithmetic)',
    )
    .option('--timezone <zone>', 'IANA time zone, e.g. America/Chicago')
    .option(
      '--holidays <region>',
      'public holidays of a country with optional subdivision: US, US-IL, GB, DE-BY',
    )
    .option('--name <name>', 'your name, as the scripts say it')
    .option('--phone <phone>', 'your phone number, left on voicemails')
    .option('--email <email>', 'your e-mail address')
    .option('--weekend <days>', 'days you do not work, e.g. sat,sun or fri,sat')
    .option('--day-off <date>', 'add a personal day off (repeatable)', collect)
    .option('--remove-day-off <date>', 'remove a personal day off (repeatable)', collect)
    .option(
      '--playbook <key=value>',
      'change a number of the method, e.g. maxFollowUps=3 (repeatable)',
      collect,
    )
    .action(
      handle(async (cmd) =>
        (await import('./commands/settings.js')).settings(run(cmd), cmd.opts()),
      ),
    );

  const add = program
    .command('add')
    .description('add an opportunity: a job opening or a networking contact');
  const contactOptions = (cmd: Command): Command =>
    cmd
      .option('--contact-email <email>', "the contact's e-mail")
      .option('--contact-phone <phone>', "the contact's phone")
      .addOption(new Option('--contact-role <role>', "the contact's role").choices(CONTACT_ROLES))
      .option('--url <url>', 'link to the job posting or profile')
      .option('--notes <text>', 'free notes')
      .option(
        '--source <source>',
        'where it came from: posting, referral, networking, recruiter or other',
      );
  contactOptions(
    add
      .command('job')
      .description('a job opening you applied to or will apply to')
      .requiredOption('--company <name>', 'the company')
      .requiredOption('--title <title>', 'the job title')
      .option('--contact <name>', 'the hiring manager or HR contact follow-ups go to'),
  ).action(
    handle(async (cmd) =>
      (await import('./commands/opportunities.js')).add(run(cmd), 'job', cmd.opts()),
    ),
  );
  contactOptions(
    add
      .command('networking')
      .description('a person you met or want to meet')
      .requiredOption('--contact <name>', 'the person')
      .option('--company <name>', 'where they work')
      .option('--title <title>', 'their position or the topic'),
  ).action(
    handle(async (cmd) =>
      (await import('./commands/opportunities.js')).add(run(cmd), 'networking', cmd.opts()),
    ),
  );

  const eventOptions = (cmd: Command): Command =>
    cmd
      .option('--on <date>', 'the date it happened (default: today)')
      .option(
        '--at <datetime>',
        'date and time, e.g. 2026-12-03T10:00 (needed for a future interview)',
      )
      .option('--until <date>', 'for callback: the date they asked you to wait for')
      .option('--note <text>', 'a note');
  eventOptions(
    program
      .command('log')
      .description('log what happened; prints the opportunity afterwards')
      .argument('<opportunity>', 'the id printed by add')
      .argument('<event>', `one of: ${EVENT_TYPES.join(', ')}`)
      .option(
        '--voicemail',
        'for thank-you-call: you left it as a voicemail (it completes the step all the same)',
      ),
  ).action(
    handle(async (cmd) =>
      (await import('./commands/log.js')).log(
        run(cmd),
        String(cmd.args[0]),
        String(cmd.args[1]),
        cmd.opts(),
      ),
    ),
  );

  program
    .command('today')
    .description(
      'whom to contact today, how and with what words; overdue first, then the coming 14 days',
    )
    .action(handle(async (cmd) => (await import('./commands/today.js')).today(run(cmd))));

  program
    .command('show')
    .description('an opportunity: where it stands, the next steps with their scripts, the timeline')
    .argument('<opportunity>', 'its id')
    .action(
      handle(async (cmd) =>
        (await import('./commands/opportunities.js')).show(run(cmd), String(cmd.args[0])),
      ),
    );

  program
    .command('holding')
    .description('the holding file: opportunities parked after three unanswered follow-ups')
    .action(handle(async (cmd) => (await import('./commands/today.js')).holding(run(cmd))));

  program
    .command('stats')
    .description(
      'the numbers of your search: the funnel, answers by follow-up and channel, steps on time, sources',
    )
    .option('--from <date>', 'count events dated on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'count events dated on or before this day (default: today)')
    .addHelpText(
      'after',
      '\nExamples:\n  justenough stats\n  justenough stats --from 2026-11-01 --to 2026-11-30 --json',
    )
    .action(
      handle(async (cmd) => (await import('./commands/stats.js')).stats(run(cmd), cmd.opts())),
    );

  program
    .command('list')
    .alias('ls')
    .description('every opportunity with its status and next step, newest first')
    .option('--search <words>', 'only those whose company, title or contact has these words')
    .addOption(
      new Option('--status <status>', 'only this status').choices([
        'active',
        'interviewing',
        'holding',
        'closed',
      ]),
    )
    .action(
      handle(async (cmd) =>
        (await import('./commands/opportunities.js')).list(run(cmd), cmd.opts()),
      ),
    );

  program
    .command('contacts')
    .description('the people of your job search')
    .option(
      '--search <words>',
      'only those whose name, e-mail, company or position has these words',
    )
    .action(
      handle(async (cmd) =>
        (await import('./commands/opportunities.js')).contacts(run(cmd), cmd.opts()),
      ),
    );

  contactOptions(
    program
      .command('edit')
      .description('correct an opportunity or its contact; an empty value ("") clears a field')
      .argument('<opportunity>', 'its id')
      .option('--company <name>', 'the company')
      .option('--title <title>', 'the job title')
      .option('--contact <name>', "the contact's name")
      .option('--version <n>', 'refuse the edit if the opportunity changed since this version'),
  ).action(
    handle(async (cmd) =>
      (await import('./commands/opportunities.js')).edit(run(cmd), String(cmd.args[0]), cmd.opts()),
    ),
  );

  program
    .command('delete')
    .description('delete an opportunity and its whole timeline')
    .argument('<opportunity>', 'its id')
    .option('--yes', 'confirm')
    .action(
      handle(async (cmd) =>
        (await import('./commands/opportunities.js')).remove(
          run(cmd),
          String(cmd.args[0]),
          cmd.opts(),
        ),
      ),
    );

  const event = program
    .command('event')
    .description('correct or delete a logged event (ids are in show)');
  eventOptions(
    event
      .command('edit')
      .description('change a logged event; the plan is recomputed')
      .argument('<event>', 'the event id')
      .option('--type <event>', `the kind of event: ${EVENT_TYPES.join(', ')}`),
  ).action(
    handle(async (cmd) =>
      (await import('./commands/log.js')).editLogged(run(cmd), String(cmd.args[0]), cmd.opts()),
    ),
  );
  event
    .command('delete')
    .description('remove a logged event; the plan is recomputed')
    .argument('<event>', 'the event id')
    .action(
      handle(async (cmd) =>
        (await import('./commands/log.js')).deleteLogged(run(cmd), String(cmd.args[0])),
      ),
    );

  accountCommands(program, handle, run);

  program
    .command('serve')
    .description('open the web app: serves it and its API on this computer until Ctrl+C')
    .option('--host <address>', 'the address to listen on (default: 127.0.0.1, this computer only)')
    .option('--port <n>', 'the port to listen on, 0 for any free one (default: 4545)')
    .option(
      '--public-url <url>',
      'the address others reach it by, for the calendar feed and e-mail links (also $JUSTENOUGH_PUBLIC_URL)',
    )
    .option(
      '--accounts',
      'shared mode: one deployment for many people, each signs in (also $JUSTENOUGH_ACCOUNTS=1); needed to listen beyond this computer',
    )
    .addOption(
      new Option(
        '--sign-up <mode>',
        'shared mode: who may make an account, invitation (a link from a coach or an admin, the default) or open (also $JUSTENOUGH_SIGN_UP)',
      ).choices(['invitation', 'open']),
    )
    .option(
      '--allow-private',
      'let a capture by address fetch pages, and a device be reminded through a push service, on loopback or your private network (an intranet); off: public addresses only',
    )
    .action(
      handle(async (cmd) => (await import('./commands/serve.js')).serve(run(cmd), cmd.opts())),
    );

  program
    .command('import')
    .description(
      'bring in LinkedIn connections, vCards, a spreadsheet of applications or a JustEnough export; shows a preview first',
    )
    .argument('<file>', 'a .csv, .vcf or .json file (at most 25 MB)')
    .addOption(
      new Option(
        '--format <format>',
        'what the file holds (default: found from its content)',
      ).choices(['linkedin', 'vcard', 'csv', 'json']),
    )
    .option(
      '--map <field=column>',
      'for a spreadsheet: the column of a field, e.g. title=Job (repeatable); fields: company, title, applied, status, status-date, contact, email, phone, notes, url',
      collect,
    )
    .addOption(
      new Option('--date-format <order>', 'for a spreadsheet: how 03/04/2026 reads').choices([
        'mdy',
        'dmy',
      ]),
    )
    .addOption(
      new Option(
        '--duplicates <action>',
        'merge fills in blank fields of people and applications already there (default); skip leaves them',
      ).choices(['merge', 'skip']),
    )
    .option('--yes', 'write without asking')
    .option('--dry-run', 'show the preview only; write nothing')
    .action(
      handle(async (cmd) =>
        (await import('./commands/import-export.js')).importFile(
          run(cmd),
          String(cmd.args[0]),
          cmd.opts(),
        ),
      ),
    );

  program
    .command('export')
    .description(
      'take your data out: everything as JSON (import restores it), opportunities as CSV, or contacts as vCard',
    )
    .addOption(
      new Option('--format <format>', 'json (default), csv or vcard').choices([
        'json',
        'csv',
        'vcard',
      ]),
    )
    .option('--output <file>', 'write into this file instead of stdout')
    .action(
      handle(async (cmd) =>
        (await import('./commands/import-export.js')).exportFile(run(cmd), cmd.opts()),
      ),
    );

  program
    .command('calendar')
    .description(
      'your calendar feed: the secret address to subscribe to (Google Calendar, Apple Calendar, Outlook)',
    )
    .argument(
      '[action]',
      'url: print the address, turning the feed on; reset: a new address (the old one stops); off: turn it off',
      'url',
    )
    .option(
      '--public-url <url>',
      'the address calendar apps reach the server by (also $JUSTENOUGH_PUBLIC_URL; default http://127.0.0.1:4545)',
    )
    .action(
      handle(async (cmd) =>
        (await import('./commands/calendar.js')).calendar(
          run(cmd),
          String(cmd.args[0] ?? 'url'),
          cmd.opts(),
        ),
      ),
    );

  program
    .command('digest')
    .description(
      'the morning e-mail: show or change its settings; --dry-run prints what would be sent today',
    )
    .option('--dry-run', "print today's e-mail (subject, recipients, text) without sending it")
    .option('--send', "send today's e-mail now (once a day, like the server does)")
    .option('--test', 'send a short test e-mail to check the SMTP settings')
    .option('--on', 'turn the morning e-mail on')
    .option('--off', 'turn the morning e-mail off')
    .option('--time <HH:MM>', 'local time to send it at (default 08:00)')
    .option('--to <addresses>', 'where to send it, comma-separated (default: your e-mail)')
    .option('--smtp-host <host>', 'the SMTP server (or set JUSTENOUGH_SMTP_URL)')
    .option('--smtp-port <n>', 'its port (default 587, or 465 with --smtp-secure)')
    .option('--smtp-user <user>', 'the SMTP user name')
    .option(
      '--smtp-password <password>',
      'the SMTP password (stored; $JUSTENOUGH_SMTP_PASSWORD keeps it out of your shell history); a new host, port or user removes the old one',
    )
    .option('--smtp-secure', 'TLS from the start (port 465)')
    .option('--no-smtp-secure', 'STARTTLS, which the server must offer (port 587)')
    .option(
      '--smtp-allow-unencrypted',
      'let mail go out without TLS when the server offers no STARTTLS (a server on this machine always may)',
    )
    .option('--no-smtp-allow-unencrypted', 'require TLS or STARTTLS again (the default)')
    .option('--from <address>', 'the sender, e.g. "JustEnough <me@example.com>"')
    .option(
      '--public-url <url>',
      'the address the links in the e-mail open (default http://127.0.0.1:4545)',
    )
    .action(
      handle(async (cmd) => (await import('./commands/digest.js')).digest(run(cmd), cmd.opts())),
    );

  const inbox = program
    .command('inbox')
    .description(
      'read your mailbox (IMAP, read-only): replies and sent follow-ups logged by themselves, the rest proposed',
    );
  const inboxCommand = (name: string, description: string) =>
    inbox.command(name).description(description);
  inboxCommand(
    'connect',
    'connect a mailbox; the login is checked first, the password stored encrypted',
  )
    .requiredOption(
      '--imap-url <url>',
      'imaps://USER@HOST[:PORT] (imap:// without TLS only on this computer; elsewhere STARTTLS is required)',
    )
    .option(
      '--password-stdin',
      'read the password (for Gmail, Outlook, Fastmail: an app password) from stdin; else $JUSTENOUGH_IMAP_PASSWORD is used at each sync',
    )
    .option('--sent-folder <name>', 'the folder of sent mail (default: the one flagged \\Sent)')
    .option('--since <date>', 'the first sync reads mail from this date on (default: 60 days ago)')
    .action(
      handle(async (cmd) => (await import('./commands/inbox.js')).connect(run(cmd), cmd.opts())),
    );
  inboxCommand(
    'sync',
    'read what arrived since the last sync: log replies and sent e-mails, propose the rest',
  ).action(handle(async (cmd) => (await import('./commands/inbox.js')).sync(run(cmd))));
  inboxCommand('status', 'connected?, the last sync, counts, the last error').action(
    handle(async (cmd) => (await import('./commands/inbox.js')).status(run(cmd))),
  );
  inboxCommand('review', 'the proposals waiting for a yes or no').action(
    handle(async (cmd) => (await import('./commands/inbox.js')).review(run(cmd))),
  );
  inboxCommand('accept', 'log what a proposal proposes')
    .argument('<proposal>', 'its id, from inbox review')
    .action(
      handle(async (cmd) =>
        (await import('./commands/inbox.js')).accept(run(cmd), String(cmd.args[0])),
      ),
    );
  inboxCommand('dismiss', 'drop a proposal; nothing is logged and it is not proposed again')
    .argument('<proposal>', 'its id, from inbox review')
    .action(
      handle(async (cmd) =>
        (await import('./commands/inbox.js')).dismiss(run(cmd), String(cmd.args[0])),
      ),
    );
  inboxCommand(
    'send',
    "send the step's follow-up by e-mail (threaded to the contact's last message, copied to Sent) and log it as email",
  )
    .argument('<opportunity>', 'its id, as add printed it')
    .option('--subject <text>', "the subject (default: the step's own e-mail words)")
    .option('--body <text>', "the text (default: the step's own e-mail words)")
    .option('--body-file <file>', 'read the text from a file')
    .action(
      handle(async (cmd) =>
        (await import('./commands/inbox.js')).send(run(cmd), String(cmd.args[0]), cmd.opts()),
      ),
    );
  inboxCommand('off', 'disconnect the mailbox and forget its password').action(
    handle(async (cmd) => (await import('./commands/inbox.js')).off(run(cmd))),
  );

  program
    .command('rebuild')
    .alias('replan')
    .description(
      'recompute the next steps of every opportunity of every account from its timeline (repairs the cache)',
    )
    .action(handle(async (cmd) => (await import('./commands/maintenance.js')).rebuild(run(cmd))));

  program
    .command('check')
    .description(
      "check the database: its file, and every opportunity's cached next steps against its timeline (exit 1 if any disagree)",
    )
    .action(handle(async (cmd) => (await import('./commands/maintenance.js')).check(run(cmd))));

  program
    .command('backup')
    .description(
      'copy the embedded database to FILE, consistent even while the app runs (PostgreSQL: use pg_dump)',
    )
    .argument('<file>', 'the backup file to write')
    .option('--force', 'replace FILE if it exists')
    .action(
      handle(async (cmd) =>
        (await import('./commands/maintenance.js')).backup(
          run(cmd),
          String(cmd.args[0]),
          cmd.opts(),
        ),
      ),
    );

  program
    .command('restore')
    .description(
      'replace the embedded database with a backup made by "backup" (PostgreSQL: use pg_restore)',
    )
    .argument('<file>', 'the backup file to restore')
    .option('--yes', 'confirm: everything in the current database is replaced')
    .action(
      handle(async (cmd) =>
        (await import('./commands/maintenance.js')).restore(
          run(cmd),
          String(cmd.args[0]),
          cmd.opts(),
        ),
      ),
    );

  captureCommand(program, run, handle);
  return program;
}

/** Runs the command line; resolves to the exit code. */
export async function run(
  argv: readonly string[],
  io: Io,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  let code = 0;
  const program = buildProgram(io, env, (c) => {
    code = c;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (
      error instanceof UsageError ||
      (error instanceof Error && (error.name === 'StoreError' || error.name === 'UsageError'))
    ) {
      io.stderr(`error: ${error.message}`);
      // The database's own words (SQLite's "database or disk is full" ...), for whoever looks into it.
      if (env.JUSTENOUGH_DEBUG && error.cause instanceof Error)
        io.stderr(`cause: ${error.cause.message}`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`error: ${message.split('\n')[0]}`);
    if (env.JUSTENOUGH_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack);
    return 2;
  }
}
