// Short tags for file names (caches, sockets): FNV-1a, 8 hex digits. Not a hash to trust, only
// to keep installs and builds apart.

/** FNV-1a of `s` from `seed`, as 8 hex digits. */
export function tag(s: string, seed = 0x811c9dc5): string {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}
