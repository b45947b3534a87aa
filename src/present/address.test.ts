import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { roomAddress } from './address.ts';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null });

describe('room address', () => {
  it('is the first non-loopback IPv4 address, and names the others', () => {
    const found = roomAddress(undefined, { lo: [v4('127.0.0.1', true)], wlan0: [v4('192.168.1.20')], eth1: [v4('10.0.0.5')] });
    expect(found.host).toBe('192.168.1.20');
    expect(found.note).toContain('10.0.0.5 (eth1)');
  });
  it('is the one asked for', () => {
    expect(roomAddress('127.0.0.1', { wlan0: [v4('192.168.1.20')] })).toEqual({ host: '127.0.0.1' });
  });
  it('falls back to loopback, and says so, with no network', () => {
    const found = roomAddress(undefined, { lo: [v4('127.0.0.1', true)] });
    expect(found.host).toBe('127.0.0.1');
    expect(found.note).toMatch(/phones cannot reach it/);
  });
});
