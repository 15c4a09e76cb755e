import { typeAssertions, longFunctions, longFiles, folderCycles, folderImports } from './code-shape';
const casts = typeAssertions();
console.log('casts', casts.length);
const byText: Record<string, number> = {};
for (const c of casts) {
  const k = c.text.replace(/^.* as /, 'as ');
  byText[k] = (byText[k] ?? 0) + 1;
}
console.log(
  Object.entries(byText)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15),
);
console.log(
  'long functions',
  longFunctions(80).map((f) => `${f.file}:${f.line} ${f.text} ${f.lines}`),
);
console.log('long files', longFiles(400));
const cycles = folderCycles();
console.log('cycles', cycles);
const e = folderImports();
for (const g of cycles)
  for (const a of g)
    for (const b of g) {
      const f = e.get(a)?.get(b);
      if (f) console.log(`  ${a} -> ${b}: ${[...new Set(f)].join(', ')}`);
    }
