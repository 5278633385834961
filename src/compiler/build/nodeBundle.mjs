// How the compiler is bundled for Node: the CLI's bundle (launchCli.mjs) and
// the pool's worker bundle (compilePool.ts) both build with these options.
//
// esbuild counts Node as lacking Unicode property escapes (\p{Lu}) in regular
// expressions and, for a `node20` target, rewrites each literal holding one
// outside a character class into `new RegExp(source, flags)`. A literal inside
// a function is a new object at each run either way, but the rewritten form
// looks its source up in the engine's pattern cache at every call, several
// times the cost of the literal's copy: some 170 of the compiler's patterns,
// many of them tested on every word. Node has had the escapes since version
// 10, so the bundles keep them as written; the patterns and what they match
// are the same.
export const NODE_BUNDLE = {
  platform: 'node',
  format: 'esm',
  target: 'node20',
  supported: { 'regexp-unicode-property-escapes': true },
};
