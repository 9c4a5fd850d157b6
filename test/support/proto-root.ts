import { join } from 'node:path';
import * as protobuf from 'protobufjs';
import { protoDir } from '../../src/extproc/proto';

/** A protobufjs Root of apiward's proto/ files (snake_case names kept), imports resolved from proto/. */
export function loadProtoRoot(files: readonly string[]): protobuf.Root {
  const root = new protobuf.Root();
  // Imports are written from proto/; protobufjs's bundled google/protobuf types need no path.
  root.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') ? target : join(protoDir(), target));
  return root.loadSync([...files], { keepCase: true });
}
