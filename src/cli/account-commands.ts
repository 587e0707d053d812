import { type Command, Option } from 'commander';
import type { Run } from './run-command.js';

type Handle = (work: (cmd: Command) => Promise<number>) => (...args: unknown[]) => Promise<void>;

const commands = () => import('./commands/accounts.js');

/** `accounts`, `tokens`, `share` and `clients`: the people of a shared deployment. */
export function accountCommands(
  program: Command,
  handle: Handle,
  run: (cmd: Command) => Run,
): void {
  const accounts = program
    .command('accounts')
    .description(
      'the accounts of a shared deployment (serve --accounts): add, list, remove, invite, group-link',
    );
  accounts
    .command('add')
    .description('add an account; its owner signs in with the e-mail and the password')
    .requiredOption('--email <email>', 'the address they sign in with')
    .requiredOption('--name <name>', 'their name')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .addOption(
      new Option('--role <role>', 'what they may do (default: member)').choices([
        'member',
        'coach',
        'admin',
      ]),
    )
    .action(handle(async (cmd) => (await commands()).addAccountCommand(run(cmd), cmd.opts())));
  accounts
    .command('list')
    .description('every account, oldest first')
    .action(handle(async (cmd) => (await commands()).listAccountsCommand(run(cmd))));
  accounts
    .command('remove')
    .description('delete an account and all of its data')
    .requiredOption('--email <email>', 'the account to delete')
    .option('--yes', 'confirm')
    .action(handle(async (cmd) => (await commands()).removeAccountCommand(run(cmd), cmd.opts())));
  accounts
    .command('invite')
    .description(
      'as a coach or an admin (--account E): e-mail someone a link to make their account, within a week (the SMTP server of $JUSTENOUGH_SMTP_URL)',
    )
    .requiredOption('--email <email>', 'whom to invite')
    .addOption(
      new Option(
        '--role <role>',
        'their role (default: member; an admin may invite a coach)',
      ).choices(['member', 'coach', 'admin']),
    )
    .option(
      '--public-url <url>',
      'where the web app is reached, for the link (also $JUSTENOUGH_PUBLIC_URL)',
    )
    .action(handle(async (cmd) => (await commands()).inviteCommand(run(cmd), cmd.opts())));
  accounts
    .command('group-link')
    .description(
      'as a coach (--account E): a new link for a group; who signs up with it shares progress with you (the old link stops)',
    )
    .option(
      '--public-url <url>',
      'where the web app is reached, for the link (also $JUSTENOUGH_PUBLIC_URL)',
    )
    .action(handle(async (cmd) => (await commands()).groupLinkCommand(run(cmd), cmd.opts())));

  const tokens = program
    .command('tokens')
    .description(
      'personal access tokens, for scripts and the browser extension (Authorization: Bearer)',
    );
  tokens
    .command('create')
    .description('make a token; it is printed once and only its hash is kept')
    .option('--name <label>', 'what it is for (default: token)')
    .action(handle(async (cmd) => (await commands()).createTokenCommand(run(cmd), cmd.opts())));
  tokens
    .command('list')
    .description('your tokens, with when each was last used')
    .action(handle(async (cmd) => (await commands()).listTokensCommand(run(cmd))));
  tokens
    .command('revoke')
    .description('stop a token from working, at once')
    .argument('<token-id>', 'its id, from tokens list')
    .action(
      handle(async (cmd) => (await commands()).revokeTokenCommand(run(cmd), String(cmd.args[0]))),
    );

  const share = program
    .command('share')
    .description('share your progress with a coach: they read, never change');
  share
    .command('add')
    .description(
      'let a coach see your progress (or everything, read-only), until a date or until revoked',
    )
    .requiredOption('--coach <email>', "the coach's account")
    .addOption(
      new Option(
        '--scope <scope>',
        'progress: counts, steps on time, overdue, stages, last activity; full: also the opportunities and timelines',
      )
        .choices(['progress', 'full'])
        .makeOptionMandatory(),
    )
    .option('--until <date>', 'the last day it holds, e.g. 2027-03-31')
    .action(handle(async (cmd) => (await commands()).shareCommand(run(cmd), cmd.opts())));
  share
    .command('list')
    .description('whom you share with, and their latest reads')
    .action(handle(async (cmd) => (await commands()).listSharesCommand(run(cmd))));
  share
    .command('revoke')
    .description('stop sharing with a coach, at once')
    .argument('<coach-email>', "the coach's address")
    .action(
      handle(async (cmd) => (await commands()).revokeShareCommand(run(cmd), String(cmd.args[0]))),
    );

  program
    .command('clients')
    .description("a coach's dashboard: each client who shares with you, with this week's numbers")
    .action(handle(async (cmd) => (await commands()).clientsCommand(run(cmd))));
}
