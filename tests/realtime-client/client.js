// Drives the stock socket.io-client (the dashboard's client) against the api for the Node client tests.
// Usage: node client.js <url> [maxSeconds] [optionsJson]. The url's path is the Socket.IO namespace (io() reads it so);
// optionsJson is io()'s options, by default the dashboard's {path:'/ws', transports:['websocket']}. Prints one JSON
// object per line on stdout; the C# test asserts on them and kills this process when it has seen enough (or when
// maxSeconds pass, whichever comes first).
const { io } = require('socket.io-client');

const url = process.argv[2];
const maxSeconds = Number(process.argv[3] || 120);
const options = process.argv[4] ? JSON.parse(process.argv[4]) : { path: '/ws', transports: ['websocket'] };
if (!url) {
  console.error('usage: node client.js <url> [maxSeconds] [optionsJson]');
  process.exit(2);
}

const print = (line) => process.stdout.write(JSON.stringify({ at: Date.now(), ...line }) + '\n');

// Reconnection stays on (its default) because a test checks it.
const socket = io(url, options);
let connects = 0;
const transportName = () => socket.io.engine && socket.io.engine.transport ? socket.io.engine.transport.name : null;

socket.on('connect', () => {
  connects += 1;
  print({ type: 'connect', id: socket.id, nsp: socket.nsp, transport: transportName(), connects });
  socket.emit('ping', { sent: connects }, (reply) => print({ type: 'ack', event: 'ping', reply }));
});
// Each (re)connection opens a new engine; its upgrade (polling → websocket) can finish before or after the CONNECT reply.
socket.io.on('open', () => {
  socket.io.engine.once('upgrade', (transport) => print({ type: 'upgrade', transport: transport.name, current: transportName() }));
});
socket.on('disconnect', (reason) => print({ type: 'disconnect', reason }));
socket.on('connect_error', (error) => print({ type: 'connect_error', message: error.message }));
// The Manager re-emits every Engine.IO ping the server sends (the client answered it with a pong).
socket.io.on('ping', () => print({ type: 'engine_ping', transport: transportName() }));
socket.io.on('reconnect', (attempt) => print({ type: 'reconnect', attempt }));
socket.onAny((name, payload) => print({ type: 'event', name, payload, transport: transportName() }));

setTimeout(() => {
  print({ type: 'timeout' });
  socket.close();
  process.exit(0);
}, maxSeconds * 1000);
