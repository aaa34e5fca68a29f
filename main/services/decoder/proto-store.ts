import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { UserProto } from './proto-view.ts';

/** The file in $METERSCOPE_HOME that keeps the decoder's user .proto across restarts. */
export const PROTO_FILE = 'decoder-proto.json';

const StoredSchema = z.object({ text: z.string(), typeName: z.string(), fileName: z.string() });

/** Where the Decoder view's user schema lives; a port so the service is tested on a temp folder. */
export interface ProtoStore {
  load(): Promise<UserProto | null>;
  save(proto: UserProto | null): Promise<void>;
}

/**
 * Keeps the user .proto as a small JSON file in the Meterscope home folder. A damaged file reads as "no
 * schema" (the user picks it again) rather than breaking the decoder; writes go through a temp file and a
 * rename, so a crash never leaves half a schema.
 */
export function fileProtoStore(home: string): ProtoStore {
  const path = join(home, PROTO_FILE);
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        return null;
      }
      try {
        const parsed = StoredSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async save(proto) {
      if (!proto) return rm(path, { force: true });
      await mkdir(home, { recursive: true });
      const tmp = `${path}.tmp`;
      await writeFile(tmp, JSON.stringify(proto), { mode: 0o600 });
      await rename(tmp, path);
    },
  };
}
