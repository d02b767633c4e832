import { describe, expect, it } from 'vitest';
import { WsTransport, type SocketLike } from './ws-transport';

/** A socket we drive by hand, to see what the transport does when the link misbehaves. */
class FakeSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  send(data: string): void {
    this.sent.push(data);
  }
  close(): void {
    this.drop();
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.({});
  }
}

function setup(): { transport: WsTransport; sockets: FakeSocket[] } {
  const sockets: FakeSocket[] = [];
  const transport = new WsTransport({
    url: 'ws://test/ws',
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    reconnectDelaysMs: [1],
    connectTimeoutMs: 50,
  });
  return { transport, sockets };
}

describe('WsTransport', () => {
  it('holds calls until the link opens, then matches results by id', async () => {
    const { transport, sockets } = setup();
    const result = transport.call('app.info', {});
    expect(sockets[0]!.sent).toHaveLength(0);
    sockets[0]!.open();
    const frame = JSON.parse(sockets[0]!.sent[0]!) as { id: number; method: string };
    expect(frame.method).toBe('app.info');
    sockets[0]!.onmessage?.({ data: JSON.stringify({ t: 'result', id: frame.id, result: { ok: true, value: 42 } }) });
    await expect(result).resolves.toEqual({ ok: true, value: 42 });
    transport.close();
  });

  it('resolves a call cut off by a dropped link as UNAVAILABLE with an unknown outcome, then reconnects', async () => {
    const { transport, sockets } = setup();
    sockets[0]!.open();
    const result = transport.call('settings.set', { theme: 'light' });
    sockets[0]!.drop();
    await expect(result).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringContaining('unknown') as string } });
    await expect.poll(() => sockets.length).toBe(2);
    expect(transport.state).toBe('connecting');
    transport.close();
  });

  it('fails a call as UNAVAILABLE when the link never opens', async () => {
    const { transport } = setup();
    await expect(transport.call('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    transport.close();
  });

  it('passes contract events to listeners and ignores garbage', () => {
    const { transport, sockets } = setup();
    sockets[0]!.open();
    const seen: unknown[] = [];
    transport.listen((name, payload) => seen.push([name, payload]));
    sockets[0]!.onmessage?.({ data: 'not json' });
    sockets[0]!.onmessage?.({ data: JSON.stringify({ t: 'event', name: 'not.an.event', payload: 1 }) });
    sockets[0]!.onmessage?.({ data: JSON.stringify({ t: 'event', name: 'settings.changed', payload: { theme: 'dark' } }) });
    expect(seen).toEqual([['settings.changed', { theme: 'dark' }]]);
    transport.close();
  });
});
