import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4400/tim-kiem/');
const out = await p.evaluate(async (qs) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const r = {};
  for (const q of qs) { const s = await pf.search(q); const d = await Promise.all(s.results.slice(0,3).map(x => x.data())); r[q] = [s.results.length, d.map(x => x.url + ' | ' + x.excerpt.slice(0,60))]; }
  return r;
}, process.argv.slice(2));
console.log(JSON.stringify(out, null, 1));
await b.close();
