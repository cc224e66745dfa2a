import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, statfsSync } from 'node:fs';
import { dirname, resolve, win32 } from 'node:path';

// SQLite's write-ahead log needs shared memory and locks that network file systems do not give reliably, and a backup
// on the same share as the store is lost with it; so neither the store nor its backups may live on one. How it is told:
// - Linux: the file system type statfs reports for the folder (NFS, SMB/CIFS, AFS, Ceph, 9P…); for FUSE mounts, whose
//   type says only "FUSE", the mount table (/proc/self/mountinfo) names the kind (sshfs, rclone, davfs…).
// - Windows: a UNC path (\\server\share\…, \\?\UNC\…), or a drive letter mapped to a share: Node's native realpath
//   (GetFinalPathNameByHandle) resolves a path on a mapped drive to the share's UNC path, a local disk to itself.
// - macOS: statfs's type number is not stable there and Node does not give its type name, so the mount table
//   (`mount`, whose lines end "(smbfs, …)") names the type of the mount holding the path.

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

const NETWORK_MAC_TYPES = new Map<string, string>([
  ['smbfs', 'SMB'],
  ['nfs', 'NFS'],
  ['afpfs', 'AFP'],
  ['webdav', 'WebDAV'],
  ['cifs', 'SMB (CIFS)'],
  ['ftp', 'FTP'],
]);
// \\server\share, //server/share or \\?\UNC\server\share; not \\?\C:\ (a local disk's long-path form).
const UNC = /^(\\\\|\/\/)(?![?.][\\/][A-Za-z]:)/;

/** What is known about the file system a path lives on. */
export interface MountFacts {
  platform: NodeJS.Platform;
  /** The path, absolute. */
  path: string;
  /** statfs's type number (Linux), when it could be read. */
  fsType?: number;
  /** The mount table's type of the mount holding the path (Linux FUSE mounts, macOS), when it could be read. */
  mountType?: string;
  /** Where the path really is (Windows: a mapped drive's path resolves to the share's UNC path), when read. */
  resolvedPath?: string;
}

/** The kind of network share a path is on ("NFS", "a network share"), or null when it is on a local disk. */
export function networkShareKind(facts: MountFacts): string | null {
  if (facts.platform === 'win32') {
    if (UNC.test(facts.path)) return 'a network share';
    const resolved = facts.resolvedPath;
    if (resolved === undefined || !UNC.test(resolved)) return null;
    const share = resolved
      .replace(/^(\\\\\?\\UNC\\|\\\\|\/\/)/, '')
      .split(/[\\/]/)
      .slice(0, 2)
      .join('\\');
    return `a network drive mapped to \\\\${share}`;
  }
  if (facts.platform === 'darwin') return (facts.mountType && NETWORK_MAC_TYPES.get(facts.mountType)) ?? null;
  if (facts.platform !== 'linux' || facts.fsType === undefined) return null;
  const known = NETWORK_FS_TYPES.get(facts.fsType);
  if (known) return known;
  if (facts.fsType === FUSE_TYPE && facts.mountType !== undefined && NETWORK_FUSE.test(facts.mountType))
    return facts.mountType.slice('fuse.'.length);
  return null;
}

/** How the facts about a path are read from the system (a stand-in in tests, to play another platform). */
export interface MountProbes {
  platform: NodeJS.Platform;
  /** The path with links and (Windows) mapped drives resolved; throws when it does not exist. */
  realpath(path: string): string;
  /** statfs's type number for an existing path. */
  statfsType(path: string): number;
  /** Linux's /proc/self/mountinfo, or undefined when it cannot be read. */
  linuxMountInfo(): string | undefined;
  /** macOS's `mount` output, or undefined when it cannot be run. */
  macMounts(): string | undefined;
}

/** This machine's facts. */
export const systemProbes: MountProbes = {
  platform: process.platform,
  realpath: (path) => realpathSync.native(path),
  statfsType: (path) => statfsSync(path).type,
  linuxMountInfo() {
    try {
      return readFileSync('/proc/self/mountinfo', 'utf8');
    } catch {
      return undefined;
    }
  },
  macMounts() {
    const mount = spawnSync('/sbin/mount', [], { encoding: 'utf8', timeout: 5_000 });
    return mount.status === 0 ? mount.stdout : undefined;
  },
};

/** The kind of network share the file or folder at `path` (or its nearest existing parent) is on, or null. */
export function detectNetworkShare(path: string, probes: MountProbes = systemProbes): string | null {
  const { platform } = probes;
  const absolute = platform === 'win32' ? win32.resolve(path) : resolve(path);
  if (platform === 'win32') {
    if (UNC.test(absolute)) return networkShareKind({ platform, path: absolute });
    const existing = nearestExisting(absolute, probes);
    return networkShareKind({ platform, path: absolute, ...(existing ? { resolvedPath: existing } : {}) });
  }
  const existing = nearestExisting(absolute, probes);
  if (existing === undefined) return null;
  if (platform === 'darwin') {
    const mountType = mountTypeIn(macMountPoints(probes.macMounts()), existing);
    return networkShareKind({ platform, path: existing, ...(mountType ? { mountType } : {}) });
  }
  if (platform !== 'linux') return null;
  let fsType: number;
  try {
    fsType = probes.statfsType(existing);
  } catch {
    return null;
  }
  const facts: MountFacts = { platform, path: existing, fsType };
  if (fsType === FUSE_TYPE) {
    const mountType = mountTypeIn(linuxMountPoints(probes.linuxMountInfo()), existing);
    if (mountType !== undefined) facts.mountType = mountType;
  }
  return networkShareKind(facts);
}

/** The path's nearest existing folder (itself if it exists), resolved; undefined when not even a root resolves. */
function nearestExisting(path: string, probes: MountProbes): string | undefined {
  const parentOf = probes.platform === 'win32' ? win32.dirname : dirname;
  let current = path;
  for (;;) {
    try {
      return probes.realpath(current);
    } catch {
      const parent = parentOf(current);
      if (parent === current) return undefined;
      current = parent;
    }
  }
}

type MountPoint = { point: string; type: string };

// /proc/self/mountinfo: "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw,errors=continue".
function linuxMountPoints(table: string | undefined): MountPoint[] {
  const points: MountPoint[] = [];
  for (const line of (table ?? '').split('\n')) {
    const [before, after] = line.split(' - ');
    const point = before?.split(' ')[4]?.replace(/\\040/g, ' ');
    const type = after?.split(' ')[0];
    if (point && type) points.push({ point, type });
  }
  return points;
}

// macOS `mount`: "//alice@office/Hub on /Volumes/Hub Share (smbfs, nodev, nosuid, mounted by alice)".
function macMountPoints(table: string | undefined): MountPoint[] {
  const points: MountPoint[] = [];
  for (const line of (table ?? '').split('\n')) {
    const match = / on (.+) \(([^,)]+)[^)]*\)$/.exec(line);
    if (match?.[1] && match[2]) points.push({ point: match[1], type: match[2].trim() });
  }
  return points;
}

// The mount holding `path` is the one with the longest mount point that is a prefix of it.
function mountTypeIn(points: readonly MountPoint[], path: string): string | undefined {
  let best: MountPoint | undefined;
  for (const candidate of points) {
    const { point } = candidate;
    const inside = path === point || path.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length > best.point.length)) best = candidate;
  }
  return best?.type;
}
