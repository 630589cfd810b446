// embed.mjs — postMessage bridge for embed.html, for hosts whose own
// Content-Security-Policy cannot allow WebAssembly: they frame this page
// (served from Sift's origin, with Sift's policy) and talk to it by messages.
//
// Query parameters: theme=auto|light|sepia|dark, outline=0, summary=0,
// origin=https://host.example (only accept messages from, and answer to, that origin).
//
// Parent -> frame: {type: 'sift:read', id, text, html?}
//                  {type: 'sift:set', theme?, showOutline?, showSummary?}
//                  {type: 'sift:cancel'}
// Frame -> parent: {type: 'sift:ready', version: 1}
//                  {type: 'sift:result', id, result}
//                  {type: 'sift:error', id, error: {code, message}}
//                  {type: 'sift:resize', height}      (content height in CSS px)
import './sift-reader.js';

const params = new URLSearchParams(location.search);
const allowedOrigin = params.get('origin');
const reader = document.getElementById('reader');
if (params.has('theme')) reader.theme = params.get('theme');
if (params.get('outline') === '0') reader.showOutline = false;
if (params.get('summary') === '0') reader.showSummary = false;

const parentWindow = window.parent !== window ? window.parent : null;

function post(message, targetOrigin = allowedOrigin || '*') {
  parentWindow?.postMessage(message, targetOrigin);
}

window.addEventListener('message', async (event) => {
  if (!parentWindow || event.source !== parentWindow) return;
  if (allowedOrigin && event.origin !== allowedOrigin) return;
  const message = event.data;
  if (!message || typeof message.type !== 'string') return;
  // Results go back only to the origin that sent the paste.
  const replyOrigin = event.origin === 'null' ? '*' : event.origin;
  if (message.type === 'sift:read') {
    try {
      const result = await reader.read(String(message.text ?? ''), { html: String(message.html ?? '') });
      if (result.ok === false) post({ type: 'sift:error', id: message.id, error: result.error }, replyOrigin);
      else post({ type: 'sift:result', id: message.id, result }, replyOrigin);
    } catch (error) {
      post({ type: 'sift:error', id: message.id, error: { code: error.code || 'load_failed', message: error.message } }, replyOrigin);
    }
  } else if (message.type === 'sift:set') {
    if (typeof message.theme === 'string') reader.theme = message.theme;
    if (typeof message.showOutline === 'boolean') reader.showOutline = message.showOutline;
    if (typeof message.showSummary === 'boolean') reader.showSummary = message.showSummary;
  } else if (message.type === 'sift:cancel') {
    reader.cancel();
  }
});

let lastHeight = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height !== lastHeight) {
    lastHeight = height;
    post({ type: 'sift:resize', height });
  }
}).observe(document.body);

post({ type: 'sift:ready', version: 1 });
