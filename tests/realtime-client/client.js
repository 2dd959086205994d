// Drives the stock socket.io-client (the dashboard's client) against the api for RealtimeSocketIoClientTests.
// Usage: node client.js <origin> [maxSeconds]. Prints one JSON object per line on stdout; the C# test asserts on them
// and kills this process when it has seen enough (or when maxSeconds pass, whichever comes first).
const { io } = require('socket.io-client');

const origin = process.argv[2];
const maxSeconds = Number(process.argv[3] || 120);
if (!origin) {
  console.error('usage: node client.js <origin> [maxSeconds]');
  process.exit(2);
}

const print = (line) => process.stdout.write(JSON.stringify({ at: Date.now(), ...line }) + '\n');

// Exactly the dashboard's options; reconnection stays on (its default) because the test checks it.
const socket = io(origin, { path: '/ws', transports: ['websocket'] });
let connects = 0;

socket.on('connect', () => {
  connects += 1;
  print({ type: 'connect', id: socket.id, connects });
  socket.emit('ping', { sent: connects }, (reply) => print({ type: 'ack', event: 'ping', reply }));
});
socket.on('disconnect', (reason) => print({ type: 'disconnect', reason }));
socket.on('connect_error', (error) => print({ type: 'connect_error', message: error.message }));
// The Manager re-emits every Engine.IO ping the server sends (the client answered it with a pong).
socket.io.on('ping', () => print({ type: 'engine_ping' }));
socket.io.on('reconnect', (attempt) => print({ type: 'reconnect', attempt }));
socket.onAny((name, payload) => print({ type: 'event', name, payload }));

setTimeout(() => {
  print({ type: 'timeout' });
  socket.close();
  process.exit(0);
}, maxSeconds * 1000);
