import pg from 'pg';

/**
 * The URL of a database with `schema` first on its search_path. Tests and
 * benchmarks need no durability across a power cut: commits do not wait for
 * the disk.
 */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema} -c synchronous_commit=off`);
  return parsed.toString();
}

/** A new schema on the server of `url`, for one run (outside vitest: the benchmark). */
export async function scratchSchema(
  url: string,
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `${prefix}_${Math.floor(Date.now() / 1000)}_${process.pid}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema "${schema}"`);
  } finally {
    await client.end();
  }
  return {
    url: withSearchPath(url, schema),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await c.end();
      }
    },
  };
}
