import { describe, expect, it } from 'vitest';
import { detectNetworkShare, networkShareKind, type MountProbes } from '@main/platform/network-share';

// The store and its backups may not live on a network share (security.md). Each platform is played here with the
// facts it would give: Windows resolves a mapped drive to the share's UNC path, macOS's mount table names a share's
// type, Linux's statfs gives a type number (and the mount table names FUSE mounts).

const notThere = (path: string): never => {
  throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
};

/** A machine of the given platform whose existing paths resolve as `resolved` says (others do not exist). */
function machine(platform: NodeJS.Platform, resolved: Record<string, string>, more: Partial<MountProbes> = {}) {
  const probes: MountProbes = {
    platform,
    realpath: (path) => resolved[path] ?? notThere(path),
    statfsType: () => 0xef53,
    linuxMountInfo: () => undefined,
    macMounts: () => undefined,
    ...more,
  };
  return probes;
}

describe('a network share on Windows', () => {
  const office = machine('win32', {
    'Z:\\': '\\\\office-nas\\branch\\',
    'Z:\\Hub': '\\\\office-nas\\branch\\Hub',
    'C:\\': 'C:\\',
    'C:\\Users\\asha\\AppData\\Roaming\\Neighbourhood Hub': 'C:\\Users\\asha\\AppData\\Roaming\\Neighbourhood Hub',
    // A drive made with `subst` onto a local folder resolves to that folder: a local disk.
    'S:\\': 'C:\\Backups\\',
  });

  it('tells a drive letter mapped to a share, naming the share, from a folder not made yet on it', () => {
    expect(detectNetworkShare('Z:\\Hub\\backups\\2026', office)).toBe(
      'a network drive mapped to \\\\office-nas\\branch',
    );
    expect(detectNetworkShare('Z:\\', office)).toBe('a network drive mapped to \\\\office-nas\\branch');
  });

  it('still tells a UNC path, and leaves local disks, subst drives and long local paths alone', () => {
    expect(detectNetworkShare('\\\\office-nas\\branch\\Hub', office)).toBe('a network share');
    expect(detectNetworkShare('C:\\Users\\asha\\AppData\\Roaming\\Neighbourhood Hub\\store.db', office)).toBeNull();
    expect(detectNetworkShare('S:\\Hub', office)).toBeNull();
    expect(networkShareKind({ platform: 'win32', path: '\\\\?\\C:\\Hub' })).toBeNull();
    expect(networkShareKind({ platform: 'win32', path: '\\\\?\\UNC\\office-nas\\branch' })).toBe('a network share');
  });
});

describe('a network share on macOS', () => {
  const mounts = [
    '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)',
    '/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)',
    '//asha@office-nas/Branch on /Volumes/Branch Share (smbfs, nodev, nosuid, mounted by asha)',
    'office-nas:/export/hub on /Volumes/hub (nfs, nodev, nosuid, mounted by asha)',
    'map auto_home on /System/Volumes/Data/home (autofs, automounted, nobrowse)',
  ].join('\n');
  const mac = machine(
    'darwin',
    {
      '/Volumes/Branch Share': '/Volumes/Branch Share',
      '/Volumes/hub': '/Volumes/hub',
      '/Users/asha/Library/Application Support': '/System/Volumes/Data/Users/asha/Library/Application Support',
    },
    { macMounts: () => mounts },
  );

  it('names the share’s type from the mount table, for a folder on it not made yet', () => {
    expect(detectNetworkShare('/Volumes/Branch Share/Hub backups', mac)).toBe('SMB');
    expect(detectNetworkShare('/Volumes/hub/store.db', mac)).toBe('NFS');
  });

  it('leaves the local disk alone, and cannot tell without a mount table', () => {
    expect(detectNetworkShare('/Users/asha/Library/Application Support/Neighbourhood Hub', mac)).toBeNull();
    expect(detectNetworkShare('/Volumes/hub', { ...mac, macMounts: () => undefined })).toBeNull();
  });
});

describe('a network share on Linux', () => {
  it('tells NFS by type and a FUSE share by the mount table', () => {
    const nfs = machine('linux', { '/mnt/office': '/mnt/office' }, { statfsType: () => 0x6969 });
    expect(detectNetworkShare('/mnt/office/backups', nfs)).toBe('NFS');
    const sshfs = machine(
      'linux',
      { '/mnt/remote': '/mnt/remote' },
      {
        statfsType: () => 0x65735546,
        linuxMountInfo: () => '36 35 0:42 / /mnt/remote rw,nosuid - fuse.sshfs asha@office:/srv rw\n',
      },
    );
    expect(detectNetworkShare('/mnt/remote/hub', sshfs)).toBe('sshfs');
    expect(detectNetworkShare('/home/asha/hub', machine('linux', { '/home/asha': '/home/asha' }))).toBeNull();
  });
});
