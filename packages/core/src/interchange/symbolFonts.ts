// Symbol fonts, whose characters are pictures rather than letters: "ü" in Wingdings is a tick.

/** Fonts whose characters are pictures rather than letters. */
const SYMBOL_FONTS = /^(wingdings( [23])?|webdings|symbol|marlett|zapf ?dingbats)$/i;

/**
 * Wingdings' characters that have a plain equivalent, by their code (a symbol font's characters are
 * kept at 0xF000 and up, or at the code itself): the circles, squares and diamonds a RAG column may
 * be coloured in, the ticks and crosses, and the boxes ticked or crossed.
 */
const WINGDINGS: ReadonlyMap<number, string> = new Map([
  [0x6c, '●'],
  [0x6e, '■'],
  [0x6f, '□'],
  [0x75, '◆'],
  [0x9f, '•'],
  [0xa1, '○'],
  [0xa7, '▪'],
  [0xa8, '◻'],
  [0xfb, '✗'],
  [0xfc, '✓'],
  [0xfd, '☒'],
  [0xfe, '☑'],
]);

/** The dots a RAG column may show a status by, in the status's colour, with no word. */
export const RAG_DOTS = /^[\s●⬤•■▪◼◆⬥▲⚫⬛]*[●⬤•■▪◼◆⬥▲⚫⬛][\s●⬤•■▪◼◆⬥▲⚫⬛]*$/u;

/** Whether a font's characters are pictures rather than letters (Wingdings, Webdings, Symbol). */
export function isSymbolFont(font: string): boolean {
  return SYMBOL_FONTS.test(font.trim());
}

/**
 * Characters in a font as the plain characters they show: in an ordinary font, themselves; in
 * Wingdings, its ticks, crosses, boxes and shapes. Any other character of a symbol font (a Wingdings
 * picture, or a character of Wingdings 2 or 3, Webdings or Symbol) is left out, and `unread` says
 * so, as its letter is not what the page shows.
 */
export function symbolCharacters(font: string, characters: string): { text: string; unread: boolean } {
  if (!isSymbolFont(font)) return { text: characters, unread: false };
  const wingdings = /^wingdings$/i.test(font.trim());
  let text = '';
  let unread = false;
  for (const character of characters) {
    const code = character.charCodeAt(0);
    const shown = wingdings ? WINGDINGS.get(code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code) : undefined;
    if (shown !== undefined) text += shown;
    else if (character.trim() !== '') unread = true;
    else text += character;
  }
  return { text, unread };
}
