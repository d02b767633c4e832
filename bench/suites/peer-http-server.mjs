// The peer for the web shell's figures: the smallest Node HTTP server that serves one page,
// started and measured the same way on the same machine in the same run.
import http from 'node:http';

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>peer</title>');
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
