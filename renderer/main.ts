import { mount } from 'svelte';
// The controls every view shares come before the views, so a view's own styles can refine them.
import './styles/controls.css';
import App from './App.svelte';
import { createContractClient } from './lib/contract-client.ts';
import { connection } from './lib/connection.svelte.ts';
import { pickTransport } from './lib/pick-transport.ts';
import { theme } from './lib/theme.svelte.ts';
import './styles/theme.css';
import './styles/shell.css';

// Entry point: pick how to reach main (Electron preload or the browser host's WebSocket), then show the shell.
theme.watchSystem(window);
const transport = pickTransport(window, (state) => (connection.state = state));
if (transport.kind === 'missing-token') connection.state = 'missing-token';
if (transport.kind === 'electron') connection.state = 'open';
const client = transport.kind === 'missing-token' ? null : createContractClient(transport.bridge);

mount(App, { target: document.getElementById('app')!, props: { client, connection } });
