/* External scanner of the nianbao grammar: the decisions that need to see a whole line, or the
 * end of the input, which tree-sitter's grammar DSL cannot express.
 *
 * Every token here is zero-width: it marks what the line that starts here is, and the
 * grammar's own tokens then read the line. The lexer records how far each one looked, so an
 * edit inside that range re-runs the decision on the next parse.
 *
 *   EOF             the end of the input: the last line of a file needs no line break.
 *   SETEXT_H1/H2    this line is a setext heading's text: the next line is "===" or "---".
 *   NUMBERED_START  this line is a numbered heading, "一、总体情况" or "**一、总体情况**".
 *   SUB_START       this line is a sub-heading, "（一）主动公开情况" or "(一)主动公开情况".
 *
 * A numbered line is a heading as the report model's section recogniser would read it
 * (src/layout/sections.c): after the number, a title of at most 40 code points without
 * sentence punctuation (。，；,;), once markup, blanks and one of ：:。 are dropped at its
 * end. The grammar also refuses a tab inside the title: that is a tab-separated table row. */
#include <stdbool.h>
#include <stdint.h>

#include "tree_sitter/parser.h"

enum token_type {
  EOF_TOKEN,
  SETEXT_H1,
  SETEXT_H2,
  NUMBERED_START,
  SUB_START,
  ERROR_SENTINEL,
};

enum { MAX_TITLE_CPS = 40 };

void *tree_sitter_nianbao_external_scanner_create(void) {
  return NULL;
}

void tree_sitter_nianbao_external_scanner_destroy(void *payload) {
  (void)payload;
}

unsigned tree_sitter_nianbao_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}

void tree_sitter_nianbao_external_scanner_deserialize(void *payload, const char *buffer,
                                                      unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

static void advance(TSLexer *lexer) {
  lexer->advance(lexer, false);
}

static bool at_line_end(TSLexer *lexer) {
  return lexer->eof(lexer) || lexer->lookahead == '\n';
}

/* Blanks at the end of a line, a CR before its LF included. */
static void skip_trailing_blanks(TSLexer *lexer) {
  while ((lexer->lookahead == ' ' || lexer->lookahead == '\t' || lexer->lookahead == '\r') &&
         !lexer->eof(lexer))
    advance(lexer);
}

static bool is_blank(int32_t c) {
  return c == ' ' || c == '\t';
}

/* Skips spaces and tabs; returns the indentation in columns (a tab to the next multiple of 4). */
static unsigned skip_indent(TSLexer *lexer) {
  unsigned column = 0;
  while (is_blank(lexer->lookahead) && !lexer->eof(lexer)) {
    column = lexer->lookahead == '\t' ? column + 4 - column % 4 : column + 1;
    advance(lexer);
  }
  return column;
}

static bool is_numeral(int32_t c) {
  switch (c) {
  case 0x4E00: /* 一 */
  case 0x4E8C: /* 二 */
  case 0x4E09: /* 三 */
  case 0x56DB: /* 四 */
  case 0x4E94: /* 五 */
  case 0x516D: /* 六 */
  case 0x4E03: /* 七 */
  case 0x516B: /* 八 */
  case 0x4E5D: /* 九 */
  case 0x5341: /* 十 */
    return true;
  default:
    return false;
  }
}

static bool is_sentence_mark(int32_t c) {
  return c == 0x3002 /* 。 */ || c == 0xFF0C /* ， */ || c == 0xFF1B /* ； */ || c == ',' ||
         c == ';';
}

/* Marks a title may end with and still name the same section (dropped before the checks). */
static bool is_tail_mark(int32_t c) {
  return c == 0xFF1A /* ： */ || c == ':' || c == 0x3002 /* 。 */;
}

static bool is_markup(int32_t c) {
  return c == '*' || c == '_' || c == '#' || c == '>';
}

/* What the rest of a line says, read to its end. */
typedef struct {
  bool title;        /* it reads as a heading's title (see the top of this file) */
  bool open_comment; /* a comment opened on the line does not close on it */
} line_facts;

/* Reads the rest of the line. Comments are skipped for the title; one that does not close on
 * this line makes the line no title, nor a setext heading's text. */
static line_facts read_line(TSLexer *lexer) {
  line_facts facts = {true, false};
  unsigned cps = 0;     /* code points from the first non-blank one, comments excluded */
  unsigned kept = 0;    /* up to the last one that is no blank, markup or tail mark */
  bool started = false; /* a character of the title proper was read */
  bool pending = false; /* a 。 or a tab was read: fatal if the title goes on after it */
  while (!at_line_end(lexer)) {
    int32_t c = lexer->lookahead;
    advance(lexer);
    if (c == '<' && lexer->lookahead == '!') {
      advance(lexer);
      unsigned opened = 0;
      while (opened < 2 && lexer->lookahead == '-') {
        advance(lexer);
        opened++;
      }
      if (opened == 2) {
        unsigned dashes = 0;
        for (;;) {
          if (at_line_end(lexer)) {
            facts.open_comment = true;
            facts.title = false;
            return facts;
          }
          int32_t d = lexer->lookahead;
          advance(lexer);
          if (d == '>' && dashes >= 2)
            break;
          dashes = d == '-' ? dashes + 1 : 0;
        }
        continue;
      }
      /* "<!" and maybe a dash: ordinary characters of the title. */
      cps += 2 + opened;
      if (pending)
        facts.title = false;
      started = true;
      kept = cps;
      continue;
    }
    if (is_blank(c) || c == '\r') {
      if (started) {
        cps++;
        pending = pending || c == '\t';
      }
      continue;
    }
    cps++;
    if (is_sentence_mark(c) && c != 0x3002) {
      facts.title = false; /* ，；,; are never dropped from the end of a title */
    } else if (c == 0x3002) {
      pending = true;
    } else if (!is_tail_mark(c) && !is_markup(c)) {
      if (pending)
        facts.title = false;
      started = true;
      kept = cps;
    }
  }
  facts.title = facts.title && started && kept <= MAX_TITLE_CPS;
  return facts;
}

/* After the indentation: "**" or "__", blanks, then 一、 (sub: （一） or (一)): the number of a
 * heading, whose title the caller reads. Mirrors the section_number and item_number tokens of
 * grammar.js. `first_taken` says the first character (a '*' or '_') was already read by the caller.
 */
static bool scan_numbered(TSLexer *lexer, bool sub, int32_t first, bool first_taken) {
  if (first == '*' || first == '_') {
    if (!first_taken)
      advance(lexer);
    if (lexer->lookahead != first)
      return false;
    advance(lexer);
  }
  skip_indent(lexer);
  int32_t close = 0;
  if (sub) {
    if (lexer->lookahead == 0xFF08 /* （ */)
      close = 0xFF09 /* ） */;
    else if (lexer->lookahead == '(')
      close = ')';
    else
      return false;
    advance(lexer);
    skip_indent(lexer);
  }
  if (!is_numeral(lexer->lookahead))
    return false;
  while (is_numeral(lexer->lookahead))
    advance(lexer);
  skip_indent(lexer);
  int32_t c = lexer->lookahead;
  if (sub ? c != close : c != 0x3001 /* 、 */ && c != 0xFF0E /* ． */ && c != '.')
    return false;
  advance(lexer);
  return true;
}

/* From the end of a line: whether the next line is a setext underline; 1 (===), 2 (---), 0. */
static int underline_after(TSLexer *lexer) {
  if (lexer->eof(lexer))
    return 0;
  advance(lexer); /* the line break */
  if (skip_indent(lexer) > 3)
    return 0;
  int32_t mark = lexer->lookahead;
  if (mark != '=' && mark != '-')
    return 0;
  while (lexer->lookahead == mark && !lexer->eof(lexer))
    advance(lexer);
  skip_trailing_blanks(lexer);
  if (!at_line_end(lexer))
    return 0;
  return mark == '=' ? 1 : 2;
}

/* Characters that start a line of another kind, which is never a setext heading's text. */
static bool starts_other_line(int32_t c) {
  return c == '#' || c == '|' || c == '<' || c == '>' || c == '`' || c == '~' || c == '=';
}

bool tree_sitter_nianbao_external_scanner_scan(void *payload, TSLexer *lexer,
                                               const bool *valid_symbols) {
  (void)payload;
  /* During error recovery every token is "valid": decide nothing then. */
  if (valid_symbols[ERROR_SENTINEL])
    return false;
  if (valid_symbols[EOF_TOKEN] && lexer->eof(lexer)) {
    lexer->result_symbol = EOF_TOKEN;
    return true;
  }
  bool setext = valid_symbols[SETEXT_H1] || valid_symbols[SETEXT_H2];
  bool numbered = valid_symbols[NUMBERED_START];
  bool sub = valid_symbols[SUB_START];
  if (!setext && !numbered && !sub)
    return false;
  if (lexer->eof(lexer) || lexer->get_column(lexer) != 0)
    return false;
  /* Every token is zero-width: the end stays here while the lexer reads on. */
  lexer->mark_end(lexer);
  /* A numbered heading may stand at any indentation, as the report model reads them (the
   * headings of pdftotext layouts are indented deep, and after blank lines); a setext
   * heading's text is indented three columns at most. */
  unsigned indent = skip_indent(lexer);
  if (at_line_end(lexer))
    return false;

  /* One pass over the line: is it numbered (and which kind), and may it be setext text? */
  int32_t first = lexer->lookahead;
  bool first_taken = false;
  bool setext_text = indent <= 3 && !starts_other_line(first);
  if (first == '-' || first == '+' || first == '*') {
    advance(lexer);
    first_taken = true;
    if (is_blank(lexer->lookahead) || at_line_end(lexer))
      setext_text = false; /* a list item */
  }
  enum token_type kind = ERROR_SENTINEL;
  /* A numbered line starts with its number, or with "**" / "__" and then the number. */
  if ((numbered || sub) && (first == '*' || first == '_' || !first_taken)) {
    bool is_sub = first == 0xFF08 || first == '(';
    if (!is_sub && (first == '*' || first == '_')) {
      /* Emphasis first: the number after it says which kind. */
      if (!first_taken)
        advance(lexer);
      first_taken = true;
      if (lexer->lookahead == first) {
        advance(lexer);
        skip_indent(lexer);
        is_sub = lexer->lookahead == 0xFF08 || lexer->lookahead == '(';
        if (scan_numbered(lexer, is_sub, 0, false))
          kind = is_sub ? SUB_START : NUMBERED_START;
      }
    } else if (scan_numbered(lexer, is_sub, first, first_taken)) {
      kind = is_sub ? SUB_START : NUMBERED_START;
    }
  }
  line_facts facts = read_line(lexer);
  if (!facts.title)
    kind = ERROR_SENTINEL;
  if (setext && setext_text && !facts.open_comment) {
    int level = underline_after(lexer);
    if (level == 1 && valid_symbols[SETEXT_H1]) {
      lexer->result_symbol = SETEXT_H1;
      return true;
    }
    if (level == 2 && valid_symbols[SETEXT_H2]) {
      lexer->result_symbol = SETEXT_H2;
      return true;
    }
  }
  if (kind != ERROR_SENTINEL && valid_symbols[kind]) {
    lexer->result_symbol = kind;
    return true;
  }
  return false;
}
