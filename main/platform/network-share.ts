import { readFileSync, realpathSync, statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// SQLite's write-ahead log needs shared memory and locks that network file systems do not give reliably, and a backup
// on the same share as the store is lost with it; so neither the store nor its backups may live on one. How it is told:
// - Linux: the file system type statfs reports for the folder (NFS, SMB/CIFS, AFS, Ceph, 9P…); for FUSE mounts, whose
//   type says only "FUSE", the mount table (/proc/self/mountinfo) names the kind (sshfs, rclone, davfs…).
// - Windows: a UNC path (\\server\share\…, \\?\UNC\…). A drive letter mapped to a share is not told apart here:
//   that needs a Win32 call (GetDriveType) Node does not expose; IT should not map the app's folder.
// - macOS: statfs's type number is not stable there, so shares are not detected (say so to IT in the README).

// statfs f_type numbers of network file systems (linux/magic.h and the file systems' own headers).
const NETWORK_FS_TYPES = new Map<number, string>([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xff534d42, 'SMB (CIFS)'],
  [0xfe534d42, 'SMB 2/3'],
  [0x5346414f, 'AFS'],
  [0x6b414653, 'AFS'],
  [0x73757245, 'Coda'],
  [0x564c, 'NetWare'],
  [0x00c36400, 'Ceph'],
  [0x01021997, '9P'],
  [0x47504653, 'GPFS'],
  [0x0bd00bd0, 'Lustre'],
]);
const FUSE_TYPE = 0x65735546;
const NETWORK_FUSE = /^fuse\.(sshfs|rclone|davfs2?|s3fs|gcsfuse|glusterfs|cephfs|smbnetfs|curlftpfs)$/;

/** What is known about the file system a path lives on. */
export interface MountFacts {
  platform: NodeJS.Platform;
  /** The path, absolute. */
  path: string;
  /** statfs's type number (Linux), when it could be read. */
  fsType?: number;
  /** The mount table's type of the mount holding the path (Linux), when it could be read. */
  mountType?: string;
}

/** The kind of network share a path is on ("NFS", "a network share"), or null when it is on a local disk. */
export function networkShareKind(facts: MountFacts): string | null {
  if (facts.platform === 'win32') return /^(\\\\|\/\/)/.test(facts.path) ? 'a network share' : null;
  if (facts.platform !== 'linux' || facts.fsType === undefined) return null;
  const known = NETWORK_FS_TYPES.get(facts.fsType);
  if (known) return known;
  if (facts.fsType === FUSE_TYPE && facts.mountType !== undefined && NETWORK_FUSE.test(facts.mountType))
    return facts.mountType.slice('fuse.'.length);
  return null;
}

/** The kind of network share the file or folder at `path` (or its nearest existing parent) is on, or null. */
export function detectNetworkShare(path: string): string | null {
  const absolute = resolve(path);
  if (process.platform !== 'linux') return networkShareKind({ platform: process.platform, path: absolute });
  const existing = nearestExisting(absolute);
  let fsType: number | undefined;
  try {
    fsType = statfsSync(existing).type;
  } catch {
    return null;
  }
  const facts: MountFacts = { platform: 'linux', path: existing, fsType };
  if (fsType === FUSE_TYPE) {
    const mountType = mountTypeOf(existing);
    if (mountType !== undefined) facts.mountType = mountType;
  }
  return networkShareKind(facts);
}

function nearestExisting(path: string): string {
  let current = path;
  for (;;) {
    try {
      return realpathSync(current);
    } catch {
      const parent = dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

// The mount holding `path` is the one with the longest mount point that is a prefix of it.
function mountTypeOf(path: string): string | undefined {
  let table: string;
  try {
    table = readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return undefined;
  }
  let best: { point: string; type: string } | undefined;
  for (const line of table.split('\n')) {
    const [before, after] = line.split(' - ');
    const point = before?.split(' ')[4]?.replace(/\\040/g, ' ');
    const type = after?.split(' ')[0];
    if (!point || !type) continue;
    const inside = path === point || path.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length > best.point.length)) best = { point, type };
  }
  return best?.type;
}
