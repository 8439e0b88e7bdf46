// Which Han characters are "common": the 3,755 of GB2312 level 1, the set that covers ordinary
// modern simplified text. Mis-decoded bytes land uniformly over the GBK code space, so most of the
// characters they produce fall outside it (潞, 韵, 苿, 摦 …) — a strong signal of garbling, though
// never proof on its own. The set is read out of the platform's GBK decoder, not typed in.

let level1: Set<string> | null = null;

function buildLevel1(): Set<string> {
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      if (lead === 0xd7 && trail > 0xf9) break; // level 1 ends at D7F9
      bytes.push(lead, trail);
    }
  }
  return new Set(new TextDecoder('gbk').decode(new Uint8Array(bytes)));
}

/** True for a simplified Han character in GB2312 level 1. */
export function isCommonHan(simplifiedChar: string): boolean {
  level1 ??= buildLevel1();
  return level1.has(simplifiedChar);
}
