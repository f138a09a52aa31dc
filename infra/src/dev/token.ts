import { parseArgs } from 'node:util';
import { isRole, signCallerToken, type Role } from '@linli/auth';
import { devSecrets } from './secrets';

/** `pnpm token --role COMMUNITY_WORKER --area 440118001001 [--area …] [--sub id] [--hours 12]` prints a development token. */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      area: { type: 'string', multiple: true, default: [] },
      sub: { type: 'string' },
      name: { type: 'string' },
      org: { type: 'string', multiple: true, default: [] },
      person: { type: 'string' },
      hours: { type: 'string', default: '12' },
    },
  });
  const roles = values.role ?? [];
  const bad = roles.filter((r) => !isRole(r));
  if (!roles.length || bad.length) {
    process.stderr.write(`usage: pnpm token --role <ROLE> --area <code>…\nunknown or missing role: ${bad.join(', ') || '(none)'}\n`);
    process.exit(2);
  }
  const token = await signCallerToken(
    {
      sub: values.sub ?? `dev-${roles[0].toLowerCase()}`,
      name: values.name ?? roles[0],
      roles: roles as Role[],
      areas: values.area!,
      orgs: values.org,
      personId: values.person,
    },
    devSecrets().secrets.AUTH_JWT_SECRET,
    `${Number(values.hours)}h`,
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
