#include "text.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define NB_HAVE_AVX2_PATH 1
#endif

#include "xalloc.h"

uint32_t nb_utf8_next_other(const char *s, size_t len, size_t *i) {
  const unsigned char *p = (const unsigned char *)s + *i;
  size_t left = len - *i;
  uint32_t cp;
  size_t n;
  if (p[0] < 0x80) {
    *i += 1;
    return p[0];
  } else if ((p[0] & 0xE0) == 0xC0) {
    cp = p[0] & 0x1F;
    n = 2;
  } else if ((p[0] & 0xF0) == 0xE0) {
    cp = p[0] & 0x0F;
    n = 3;
  } else if ((p[0] & 0xF8) == 0xF0) {
    cp = p[0] & 0x07;
    n = 4;
  } else {
    *i += 1;
    return 0xFFFD;
  }
  if (left < n) {
    *i += 1;
    return 0xFFFD;
  }
  for (size_t k = 1; k < n; k++) {
    if ((p[k] & 0xC0) != 0x80) {
      *i += 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (p[k] & 0x3F);
  }
  *i += n;
  return cp;
}

int nb_utf8_put(char *buf, uint32_t cp) {
  unsigned char *b = (unsigned char *)buf;
  if (cp < 0x80) {
    b[0] = (unsigned char)cp;
    return 1;
  } else if (cp < 0x800) {
    b[0] = (unsigned char)(0xC0 | (cp >> 6));
    b[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  } else if (cp < 0x10000) {
    b[0] = (unsigned char)(0xE0 | (cp >> 12));
    b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    b[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  b[0] = (unsigned char)(0xF0 | (cp >> 18));
  b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  b[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t nb_utf8_validate(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    i += nb_utf8_common_run(s + i, len - i);
    if (i >= len)
      break;
    unsigned char c = p[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t n;
    uint32_t min;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      n = 2;
      min = 0x80;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 3;
      min = 0x800;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 4;
      min = 0x10000;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (len - i < n)
      return i;
    for (size_t k = 1; k < n; k++) {
      if ((p[i + k] & 0xC0) != 0x80)
        return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    /* Overlong forms, surrogates and values past U+10FFFF are not UTF-8. */
    if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return i;
    i += n;
  }
  return len;
}

size_t nb_copy_lf(char *dst, const char *src, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (src[i] == '\r') {
      dst[k++] = '\n';
      if (i + 1 < n && src[i + 1] == '\n')
        i++;
    } else {
      dst[k++] = src[i];
    }
  }
  return k;
}

char *nb_escape_controls(const char *s) {
  size_t len = strlen(s);
  char *out = nb_xmalloc(len * 6 + 1), *o = out; /* "\\u001b" is six bytes */
  for (size_t i = 0; i < len;) {
    size_t start = i;
    uint32_t cp = nb_utf8_next(s, len, &i);
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
      o += sprintf(o, "\\u%04X", (unsigned)cp);
    else if (cp == 0xFFFD && i - start == 1) /* a byte that is not UTF-8 */
      o += sprintf(o, "\\x%02X", (unsigned char)s[start]);
    else {
      memcpy(o, s + start, i - start);
      o += i - start;
    }
  }
  *o = '\0';
  return out;
}

uint64_t nb_hash_bytes(const char *s, size_t n) {
  uint64_t h = NB_HASH_EMPTY;
  for (size_t i = 0; i < n; i++)
    h = nb_hash_more(h, (unsigned char)s[i]);
  return h;
}

/* Whether the needle stands at `at`, whose bytes at the needle's last two places are known to be
 * the needle's: a needle of up to three bytes (a Chinese character, what most searches look
 * for) is settled by its first byte, in place, where a call to memcmp cost more than the rest of
 * the search at each candidate. */
static inline bool rest_matches(const char *at, const char *needle, size_t nlen) {
  return nlen <= 3 ? at[0] == needle[0] : memcmp(at, needle, nlen) == 0;
}

#if defined(__SSE2__)
/* Bit k set when the start k of the 16 at p could begin the needle: the bytes at offsets a and
 * b of the needle stand at p + k + a and p + k + b (both 16-byte loads readable). */
static unsigned pair_candidates(const char *p, size_t a, size_t b, __m128i want_a, __m128i want_b) {
  __m128i at_a = _mm_loadu_si128((const __m128i *)(const void *)(p + a));
  __m128i at_b = _mm_loadu_si128((const __m128i *)(const void *)(p + b));
  return (unsigned)_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpeq_epi8(at_a, want_a), _mm_cmpeq_epi8(at_b, want_b)));
}

/* The leftmost start among the bits of `candidates` (starts base + k) where the needle stands
 * in full, or NULL. */
static const char *first_full_match(const char *base, uint64_t candidates, const char *needle,
                                    size_t nlen) {
  for (; candidates; candidates &= candidates - 1) {
    const char *at = base + __builtin_ctzll(candidates);
    if (rest_matches(at, needle, nlen))
      return at;
  }
  return NULL;
}
#endif

/* The leftmost of the `starts` starts of hay where the needle stands (its bytes a and b, its
 * last two, compared first), or NULL. */
static const char *find_inline(const char *hay, size_t starts, const char *needle, size_t nlen,
                               size_t a, size_t b) {
  size_t s = 0;
#if defined(__SSE2__)
  if (starts >= 16) {
    const __m128i want_a = _mm_set1_epi8(needle[a]), want_b = _mm_set1_epi8(needle[b]);
    for (; starts - s >= 16; s += 16) {
      unsigned c = pair_candidates(hay + s, a, b, want_a, want_b);
      const char *hit = c ? first_full_match(hay + s, c, needle, nlen) : NULL;
      if (hit)
        return hit;
    }
    if (s == starts)
      return NULL;
    /* The last starts: the block ending at the last start, less the starts already tried. */
    size_t block = starts - 16;
    unsigned c = pair_candidates(hay + block, a, b, want_a, want_b) >> (s - block) << (s - block);
    return c ? first_full_match(hay + block, c, needle, nlen) : NULL;
  }
#endif
  for (; s < starts; s++)
    if (hay[s + b] == needle[b] && hay[s + a] == needle[a] && rest_matches(hay + s, needle, nlen))
      return hay + s;
  return NULL;
}

#if defined(NB_HAVE_AVX2_PATH)
/* 0xFF in each of the 32 places k of p where the needle's bytes a and b stand at p + k + a and
 * p + k + b. */
__attribute__((target("avx2"))) static inline __m256i wide_pairs(const char *p, size_t a, size_t b,
                                                                 __m256i want_a, __m256i want_b) {
  __m256i at_a = _mm256_loadu_si256((const __m256i *)(const void *)(p + a));
  __m256i at_b = _mm256_loadu_si256((const __m256i *)(const void *)(p + b));
  return _mm256_and_si256(_mm256_cmpeq_epi8(at_a, want_a), _mm256_cmpeq_epi8(at_b, want_b));
}

/* The first block of sixty-four starts from s on (while whole blocks remain) where the needle's
 * bytes a and b both stand, and their mask in *candidates (0: none, s is then where the whole
 * blocks end). Not inlined: a loop of its own, with no call in it, keeps its registers (inlined,
 * the call to memcmp for a candidate made the compiler reload them from the stack each step). */
__attribute__((target("avx2"), noinline)) static size_t
next_wide_candidates(const char *hay, size_t s, size_t starts, const char *needle, size_t a,
                     size_t b, uint64_t *candidates) {
  const __m256i want_a = _mm256_set1_epi8(needle[a]), want_b = _mm256_set1_epi8(needle[b]);
  for (; starts - s >= 64; s += 64) {
    __m256i first = wide_pairs(hay + s, a, b, want_a, want_b),
            second = wide_pairs(hay + s + 32, a, b, want_a, want_b);
    __m256i either = _mm256_or_si256(first, second);
    if (!_mm256_testz_si256(either, either)) {
      *candidates = (uint32_t)_mm256_movemask_epi8(first) |
                    (uint64_t)(uint32_t)_mm256_movemask_epi8(second) << 32;
      return s;
    }
  }
  *candidates = 0;
  return s;
}

/* find_inline with sixty-four starts a step, on processors with AVX2: the searches of a whole
 * file's rest for a Chinese word pass over most of the bytes searched. */
__attribute__((target("avx2"))) static const char *
find_wide(const char *hay, size_t starts, const char *needle, size_t nlen, size_t a, size_t b) {
  uint64_t c;
  size_t s = 0;
  for (s = next_wide_candidates(hay, s, starts, needle, a, b, &c); c;
       s = next_wide_candidates(hay, s + 64, starts, needle, a, b, &c)) {
    const char *hit = first_full_match(hay + s, c, needle, nlen);
    if (hit)
      return hit;
  }
  return s == starts ? NULL : find_inline(hay + s, starts - s, needle, nlen, a, b);
}
#endif

/* The leftmost start in hay[0, len) where the needle stands, found by memchr on the needle's
 * last byte, or NULL. */
static const char *find_by_memchr(const char *hay, size_t len, const char *needle, size_t nlen) {
  const size_t last = nlen - 1;
  const char *p = hay + last, *end = hay + len;
  while (p < end) {
    p = memchr(p, needle[last], (size_t)(end - p));
    if (!p)
      return NULL;
    /* The byte before is compared first, inline: it rejects nearly every candidate without
     * a call. */
    if ((last == 0 || p[-1] == needle[last - 1]) && memcmp(p - last, needle, last) == 0)
      return p - last;
    p++;
  }
  return NULL;
}

const char *nb_find_bytes(const char *hay, size_t len, const char *needle, size_t nlen) {
  if (nlen == 0 || len < nlen)
    return NULL;
  const size_t b = nlen - 1, a = nlen >= 2 ? nlen - 2 : 0;
  const size_t starts = len - nlen + 1;
  if ((unsigned char)needle[b] < 0x80 && starts > 64)
    return find_by_memchr(hay, len, needle, nlen);
#if defined(NB_HAVE_AVX2_PATH)
  if (starts >= 64 && __builtin_cpu_supports("avx2"))
    return find_wide(hay, starts, needle, nlen, a, b);
#endif
  return find_inline(hay, starts, needle, nlen, a, b);
}

void nb_find_cursor_init(nb_find_cursor *c, const char *hay, size_t len, const char *needle,
                         size_t nlen) {
  /* Nothing passed over yet: the first search starts wherever it is asked for. */
  *c = (nb_find_cursor){hay, needle, len, nlen, len, len};
}

#if defined(__SSE2__)
/* The continuation bytes (10xxxxxx) of s[0, len), len >= 16: sixteen bytes a step, counted in
 * byte lanes (each lane holds at most 255 before it is summed); the last step takes the last
 * sixteen bytes, less those already counted, so that no byte loop ends the count. */
static size_t continuation_bytes(const char *s, size_t len) {
  const __m128i c0 = _mm_set1_epi8((char)0xC0), x80 = _mm_set1_epi8((char)0x80);
  const __m128i zero = _mm_setzero_si128();
  size_t n = 0, i = 0;
  while (len - i >= 16) {
    size_t steps = (len - i) / 16 < 255 ? (len - i) / 16 : 255;
    __m128i lanes = zero;
    for (size_t k = 0; k < steps; k++, i += 16) {
      __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_and_si128(x, c0), x80)); /* +1 each */
    }
    __m128i sums = _mm_sad_epu8(lanes, zero);
    n += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
  }
  if (i < len) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + len - 16));
    const __m128i place = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    __m128i fresh = _mm_cmpgt_epi8(place, _mm_set1_epi8((char)(15 - (len - i)))); /* from i on */
    __m128i ones =
        _mm_sub_epi8(zero, _mm_and_si128(fresh, _mm_cmpeq_epi8(_mm_and_si128(x, c0), x80)));
    __m128i sums = _mm_sad_epu8(ones, zero);
    n += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
  }
  return n;
}
#endif

size_t nb_utf8_count(const char *s, size_t len) {
  /* A byte starts a code point unless it is a continuation byte 10xxxxxx (its bit 7 set, bit 6
   * clear). Lines and cells are measured everywhere, and a byte loop cost seven instructions a
   * byte. */
#if defined(__SSE2__)
  if (len >= 16)
    return len - continuation_bytes(s, len);
#endif
  /* Eight bytes at a time, the rest one by one. */
  const uint64_t highs = 0x8080808080808080u, ones = 0x0101010101010101u;
  size_t n = 0, i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    uint64_t continuation = x & ~(x << 1) & highs; /* bit 6 moved under bit 7 */
    n += 8 - (size_t)(((continuation >> 7) * ones) >> 56);
  }
  for (; i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80)
      n++;
  return n;
}

/* Every ASCII character in its comparison form (0: dropped): spaces and the markup * # _ | `
 * dropped, [ ] as ( ), ' as ", capitals as small letters, the rest as they are. Labels mix
 * digits, Latin letters and ASCII punctuation with their ideographs: a table settles them, where
 * a chain of comparisons mispredicted on every change of kind. */
/* clang-format off */
static const unsigned char ascii_folded[128] = {
    /* 00-0F: \t \n \v \f \r dropped */
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0E, 0x0F,
    0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F,
    /* 20-2F: ' ' # * dropped, ' as " */
    0x00, 0x21, 0x22, 0x00, 0x24, 0x25, 0x26, 0x22, 0x28, 0x29, 0x00, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F,
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
    /* 40-5F: A-Z as a-z, [ ] as ( ), _ dropped */
    0x40, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x28, 0x5C, 0x29, 0x5E, 0x00,
    /* 60-7F: ` | dropped */
    0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x7B, 0x00, 0x7D, 0x7E, 0x7F,
};
/* clang-format on */

/* Maps one code point to its comparison form; 0 drops it. */
static uint32_t fold_cp(uint32_t cp) {
  /* Nearly every character of a label or a cell is an ideograph, which folds to itself, or
   * ASCII: settled before the exceptions are looked at. */
  if (cp >= 0x4000 && cp <= 0x9FFF)
    return cp;
  if (cp < 0x80)
    return ascii_folded[cp];
  if (cp >= 0xFF01 && cp <= 0xFF5E) /* full-width ASCII, folded as ASCII */
    return ascii_folded[cp - 0xFEE0];
  if (nb_is_space_cp(cp))
    return 0;
  switch (cp) {
  case 0x3014: /* 〔 */
  case 0x3010: /* 【 */
    return '(';
  case 0x3015: /* 〕 */
  case 0x3011: /* 】 */
    return ')';
  case 0x201C: /* “ */
  case 0x201D: /* ” */
  case 0x2018: /* ‘ */
  case 0x2019: /* ’ */
    return '"';
  case 0xFF61: /* ｡ (。 is kept: it ends sentences, not labels) */
    return 0x3002;
  case 0x2014: /* — */
  case 0x2013: /* – */
  case 0x2212: /* − */
    return '-';
  }
  return cp;
}

uint32_t nb_fold_label_cp(uint32_t cp) {
  return fold_cp(cp);
}

char *nb_normalize_label(const char *s, size_t len) {
  /* At most three bytes out per byte in: a stray byte is written as U+FFFD. */
  char *out = nb_xmalloc(NB_NORMALIZED_ROOM(len));
  nb_normalize_label_to(s, len, out);
  return out;
}

#if defined(__SSE2__)
/* Bytes of the run of characters nb_unfolded_ideograph_len takes at the start of s[0, 15) (s[0,
 * 16) readable): 3 times the ideographs, up to five, found with no branch per character. Their
 * leads E4…E9 stand at 0, 3, 6, …, each followed by two continuation bytes; the first of those
 * places that holds no such character ends the run, and 15 says all five do. Paragraphs are
 * normalised whole for the keyword scans, and their ideographs come in runs. */
static inline size_t ideograph_run_bytes(const char *s) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
  __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8((char)0xE3)),
                               _mm_cmplt_epi8(x, _mm_set1_epi8((char)0xEA)));
  unsigned leads = (unsigned)_mm_movemask_epi8(lead);
  unsigned conts = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8((char)0xC0)));
  const unsigned places = 0x1249; /* bits 0, 3, 6, 9, 12 */
  unsigned whole = leads & conts >> 1 & conts >> 2 & places;
  return (size_t)__builtin_ctz((~whole & places) | 1u << 15);
}
#endif

size_t nb_normalize_label_to(const char *s, size_t len, char *out) {
  size_t o = 0, i = 0;
  int digits_only_so_far = 1; /* true while the output is empty or only ASCII digits */
  while (i < len) {
    /* Fast path: a well-formed sequence led by E4…E9 is U+4000…U+9FFF (CJK ideographs),
     * which fold_cp keeps as they are. Whole paragraphs are normalised when rules look for
     * keywords, and nearly all of their characters take this path. */
    if (nb_unfolded_ideograph_len(s + i, len - i)) {
      digits_only_so_far = 0;
#if defined(__SSE2__)
      /* Up to five at a time, sixteen bytes copied (out has room for them: at most three bytes
       * out per byte in, and sixteen are left in). A run that ends inside the sixteen ends the
       * step: the character after it is no ideograph. */
      while (len - i >= 16) {
        size_t n = ideograph_run_bytes(s + i);
        _mm_storeu_si128((__m128i *)(void *)(out + o),
                         _mm_loadu_si128((const __m128i *)(const void *)(s + i)));
        i += n;
        o += n;
        if (n < 15)
          break;
      }
      if (len - i >= 16)
        continue;
#endif
      while (nb_unfolded_ideograph_len(s + i, len - i)) {
        /* three bytes a step, inline: the runs are short, a memcpy call cost more */
        memcpy(out + o, s + i, 3);
        o += 3;
        i += 3;
      }
      continue;
    }
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { /* digits, Latin letters and punctuation: no decoding, no encoding */
      i++;
      char folded = (char)ascii_folded[c];
      if (!folded)
        continue;
      out[o++] = folded;
      digits_only_so_far &= folded >= '0' && folded <= '9';
      continue;
    }
    uint32_t cp = fold_cp(nb_utf8_next(s, len, &i));
    if (!cp)
      continue;
    /* "1、属于国家秘密" and "1．" are the template's "1.". */
    if (cp == 0x3001 /* 、 */ && o > 0 && digits_only_so_far)
      cp = '.';
    o += (size_t)nb_utf8_put(out + o, cp);
    if (!(cp >= '0' && cp <= '9'))
      digits_only_so_far = 0;
  }
  out[o] = '\0';
  return o;
}

/* Open addressing keyed by the label's address; template data has a few hundred strings. The
 * library may be called from several threads: a slot is read without a lock (its key is
 * published after its text, with release order), and filled under one. */
#define STATIC_CACHE_SLOTS 2048
static struct {
  _Atomic(const char *) key;
  char *normalized;
} static_cache[STATIC_CACHE_SLOTS];
static pthread_mutex_t static_cache_fill = PTHREAD_MUTEX_INITIALIZER;

/* The slot of label, or the empty slot where it goes; NULL when the table is full. */
static size_t static_slot(const char *label, bool *found) {
  size_t h = ((size_t)label >> 3) * 2654435761u;
  for (size_t probe = 0; probe < STATIC_CACHE_SLOTS; probe++) {
    size_t slot = (h + probe) % STATIC_CACHE_SLOTS;
    const char *key = atomic_load_explicit(&static_cache[slot].key, memory_order_acquire);
    if (key == label || !key) {
      *found = key == label;
      return slot;
    }
  }
  *found = false;
  return STATIC_CACHE_SLOTS;
}

const char *nb_normalized_static(const char *label) {
  bool found;
  size_t slot = static_slot(label, &found);
  if (found)
    return static_cache[slot].normalized;
  pthread_mutex_lock(&static_cache_fill);
  slot = static_slot(label, &found); /* another thread may have filled it meanwhile */
  if (!found && slot < STATIC_CACHE_SLOTS) {
    static_cache[slot].normalized = nb_normalize_label(label, strlen(label));
    atomic_store_explicit(&static_cache[slot].key, label, memory_order_release);
  }
  pthread_mutex_unlock(&static_cache_fill);
  /* Full: never for the template data; stay correct anyway (this copy is kept for good). */
  return slot < STATIC_CACHE_SLOTS ? static_cache[slot].normalized
                                   : nb_normalize_label(label, strlen(label));
}

/* Decodes a UTF-8 string into code points (caller frees). */
static uint32_t *decode_all(const char *s, size_t *n) {
  size_t len = strlen(s);
  uint32_t *cps = nb_xmalloc((len + 1) * sizeof *cps);
  size_t i = 0, k = 0;
  while (i < len)
    cps[k++] = nb_utf8_next(s, len, &i);
  *n = k;
  return cps;
}

int nb_edit_distance(const char *a, const char *b) {
  size_t na, nb;
  uint32_t *ca = decode_all(a, &na);
  uint32_t *cb = decode_all(b, &nb);
  int *prev = nb_xmalloc((nb + 1) * sizeof *prev);
  int *cur = nb_xmalloc((nb + 1) * sizeof *cur);
  for (size_t j = 0; j <= nb; j++)
    prev[j] = (int)j;
  for (size_t i = 1; i <= na; i++) {
    cur[0] = (int)i;
    for (size_t j = 1; j <= nb; j++) {
      int cost = ca[i - 1] == cb[j - 1] ? 0 : 1;
      int best = prev[j - 1] + cost;
      if (prev[j] + 1 < best)
        best = prev[j] + 1;
      if (cur[j - 1] + 1 < best)
        best = cur[j - 1] + 1;
      cur[j] = best;
    }
    int *t = prev;
    prev = cur;
    cur = t;
  }
  int d = prev[nb];
  free(ca);
  free(cb);
  free(prev);
  free(cur);
  return d;
}

size_t nb_utf8_decode(const char *s, size_t len, uint32_t *cps) {
  size_t i = 0, k = 0;
  while (i < len)
    cps[k++] = nb_utf8_next(s, len, &i);
  return k;
}

int nb_edit_distance_within(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, int limit) {
  size_t diff = na > nb ? na - nb : nb - na;
  if (limit < 0 || diff > (size_t)limit)
    return limit + 1;
  /* Only the band |i - j| <= limit is computed: a path through a cell off it has made more than
   * `limit` insertions or deletions, and costs only grow along a path, so every cell of a path
   * within the limit lies in the band. Cells above the limit are all "over" (limit + 1): what
   * they are exactly cannot bring the answer back within it. */
  const int over_limit = limit + 1;
  const size_t band = (size_t)limit;
  enum { STACK_COLUMNS = 128 };
  int stack[2 * STACK_COLUMNS];
  int *heap = nb + 2 <= STACK_COLUMNS ? NULL : nb_xmalloc(2 * (nb + 2) * sizeof *heap);
  int *prev = heap ? heap : stack, *cur = prev + nb + 2;
  for (size_t j = 0; j <= nb + 1; j++)
    prev[j] = j <= band ? (int)j : over_limit;
  bool over = false;
  for (size_t i = 1; i <= na && !over; i++) {
    size_t lo = i > band ? i - band : 1, hi = nb < i + band ? nb : i + band;
    cur[lo - 1] = lo == 1 && i <= band ? (int)i : over_limit;
    int row_min = cur[lo - 1];
    for (size_t j = lo; j <= hi; j++) {
      int best = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      if (prev[j] + 1 < best)
        best = prev[j] + 1;
      if (cur[j - 1] + 1 < best)
        best = cur[j - 1] + 1;
      cur[j] = best < over_limit ? best : over_limit;
      if (cur[j] < row_min)
        row_min = cur[j];
    }
    cur[hi + 1] = over_limit; /* read by the next row, whose band reaches one further */
    /* Every path to the last cell crosses this row, and costs only grow along a path. */
    over = row_min > limit;
    int *t = prev;
    prev = cur;
    cur = t;
  }
  int d = !over && prev[nb] <= limit ? prev[nb] : limit + 1;
  free(heap);
  return d;
}

/* ASCII blanks, the padding of space-aligned text, need no decoding either. */
static bool ascii_blank(char c) {
  return c == ' ' || c == '\t';
}

void nb_trim_span_ends(const char *s, size_t *start, size_t *end) {
  while (*start < *end && !nb_plainly_visible_at(s, *start, *end)) {
    if (ascii_blank(s[*start])) {
      (*start)++;
      *start = nb_skip_ascii_spaces(s, *start, *end); /* the padding of aligned text */
      while (*start < *end && ascii_blank(s[*start]))
        (*start)++;
      continue;
    }
    size_t i = *start;
    uint32_t cp = nb_utf8_next(s, *end, &i);
    if (!nb_is_space_cp(cp))
      break;
    *start = i;
  }
  while (*end > *start && !nb_plainly_visible_before(s, *start, *end)) {
    if (ascii_blank(s[*end - 1])) {
      (*end)--;
      while (*end > *start && ascii_blank(s[*end - 1]))
        (*end)--;
      continue;
    }
    /* The last character's first byte: where a three-byte one (the CJK punctuation that ends
     * most cells and lines: 。）” …) starts, without a loop over its bytes. */
    const unsigned char *u = (const unsigned char *)s;
    size_t back = *end - 1;
    if (*end - *start >= 3 && (u[*end - 3] & 0xF0) == 0xE0 && (u[*end - 2] & 0xC0) == 0x80 &&
        (u[*end - 1] & 0xC0) == 0x80)
      back = *end - 3;
    else
      while (back > *start && (u[back] & 0xC0) == 0x80)
        back--;
    size_t i = back;
    uint32_t cp = nb_utf8_next(s, *end, &i);
    if (!nb_is_space_cp(cp))
      break;
    *end = back;
  }
}

/* 一…十 by their three bytes, in the slot of their last byte's low five bits (distinct for the
 * ten). */
#define NUMERAL(b0, b1, b2, value) [(b2)&31] = {(uint32_t)(b0) << 16 | (b1) << 8 | (b2), value}
static const struct {
  uint32_t bytes;
  int value;
} numerals[32] = {
    NUMERAL(0xE4, 0xB8, 0x80, 1),  /* 一 U+4E00 */
    NUMERAL(0xE4, 0xBA, 0x8C, 2),  /* 二 U+4E8C */
    NUMERAL(0xE4, 0xB8, 0x89, 3),  /* 三 U+4E09 */
    NUMERAL(0xE5, 0x9B, 0x9B, 4),  /* 四 U+56DB */
    NUMERAL(0xE4, 0xBA, 0x94, 5),  /* 五 U+4E94 */
    NUMERAL(0xE5, 0x85, 0xAD, 6),  /* 六 U+516D */
    NUMERAL(0xE4, 0xB8, 0x83, 7),  /* 七 U+4E03 */
    NUMERAL(0xE5, 0x85, 0xAB, 8),  /* 八 U+516B */
    NUMERAL(0xE4, 0xB9, 0x9D, 9),  /* 九 U+4E5D */
    NUMERAL(0xE5, 0x8D, 0x81, 10), /* 十 U+5341 */
};
#undef NUMERAL

int nb_parse_cn_numeral(const char *s, size_t len, size_t *bytes) {
  /* Decided on the bytes themselves, by one table slot and one comparison: this runs at the
   * start of every line of every report, and the heading finders try it at nearly every
   * character of a line. Testing the lead byte (E4 or E5, a coin toss in Chinese text) and
   * then switching on the three bytes mispredicted on one call in five. */
  if (len < 3)
    return 0;
  const unsigned char *u = (const unsigned char *)s;
  uint32_t key = (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2];
  size_t slot = u[2] & 31;
  int value = numerals[slot].bytes == key ? numerals[slot].value : 0;
  if (value)
    *bytes = 3;
  return value;
}

/* The last byte is compared before the whole word: it rules out nearly every word. */
size_t nb_word_suffix(const char *s, size_t len, const char *const *words) {
  if (len == 0)
    return 0;
  for (int i = 0; words[i]; i++) {
    size_t k = 0; /* the words are a character or two: measured in place, not by a strlen call */
    while (words[i][k])
      k++;
    if (k == 0)
      return 0;
    if (len >= k && words[i][k - 1] == s[len - 1] && memcmp(s + len - k, words[i], k) == 0)
      return k;
  }
  return 0;
}

#if defined(__SSE2__)
/* The places in the sixteen bytes at s that hold an ASCII digit, as a mask: a byte minus '0'
 * that is at most 9, unsigned. */
static inline unsigned ascii_digit_places(const char *s) {
  __m128i d = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(const void *)s), _mm_set1_epi8('0'));
  return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d));
}
#endif

size_t nb_next_ascii_digit(const char *s, size_t from, size_t to) {
  size_t i = from;
#if defined(__SSE2__)
  /* Sixteen bytes a step, and the last few from the sixteen that end at `to` less those already
   * looked at: no byte loop, whose exit mispredicted at every call. */
  if (i < to && to - i >= 16) {
    for (; to - i >= 16; i += 16) {
      unsigned places = ascii_digit_places(s + i);
      if (places)
        return i + (size_t)__builtin_ctz(places);
    }
    if (i == to)
      return to;
    size_t block = to - 16;
    unsigned places = ascii_digit_places(s + block) >> (i - block);
    return places ? i + (size_t)__builtin_ctz(places) : to;
  }
#endif
  while (i < to && to - i >= 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    if (nb_word_has_ascii_digit(x))
      break;
    i += 8;
  }
  for (; i < to; i++)
    if (s[i] >= '0' && s[i] <= '9')
      return i;
  return to;
}

#if defined(__SSE2__)
/* The end of the longest run from p + i of whole sixteen-byte blocks of ASCII and three-byte
 * characters led by E1…EC or EE…EF, less a character the last block leaves unfinished: a
 * character boundary. Each block is settled by its bytes' classes at once (leads, continuation
 * bytes where the leads want them, nothing else above 0x7F), with no branch per character:
 * reports mix Chinese with digits and ASCII punctuation every few characters, and a loop that
 * switched between an ASCII and a Chinese step mispredicted at each switch. E0 and ED (whose
 * second byte decides) are left to the caller's byte loop. */
static size_t common_blocks(const unsigned char *p, size_t i, size_t len) {
  const __m128i f0 = _mm_set1_epi8((char)0xF0), e0 = _mm_set1_epi8((char)0xE0);
  const __m128i c0 = _mm_set1_epi8((char)0xC0);
  const __m128i ed = _mm_set1_epi8((char)0xED);
  unsigned owed = 0; /* bits 0 and 1: continuation bytes a lead of the block before wants */
  while (len - i >= 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
    unsigned high = (unsigned)_mm_movemask_epi8(x);
    unsigned lead = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(x, f0), e0));
    /* 80…BF are the signed bytes below C0 (-64): one comparison. */
    unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, c0));
    unsigned decided_by_second =
        (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, e0), _mm_cmpeq_epi8(x, ed)));
    unsigned wanted = lead << 1 | lead << 2 | owed;
    if (decided_by_second | ((wanted & 0xFFFF) ^ cont) | (high & ~(lead | cont)))
      break;
    owed = wanted >> 16;
    i += 16;
  }
  /* A lead at byte 15 wants two bytes more (owed 3), one at byte 14 one (owed 1). */
  return owed == 3 ? i - 1 : owed == 1 ? i - 2 : i;
}
#endif

#if defined(NB_HAVE_AVX2_PATH)
/* common_blocks with thirty-two bytes a step, on processors with AVX2: every byte of every
 * UTF-8 file is validated on reading, and the lines' columns are counted with this too; the
 * same classes at twice the width halve the instructions per byte. It stops where a block
 * holds something else, or fewer than 32 bytes are left, at a character boundary: the caller
 * goes on with common_blocks from there. */
__attribute__((target("avx2"))) static size_t common_blocks_wide(const unsigned char *p, size_t i,
                                                                 size_t len) {
  const __m256i f0 = _mm256_set1_epi8((char)0xF0), e0 = _mm256_set1_epi8((char)0xE0);
  const __m256i c0 = _mm256_set1_epi8((char)0xC0), ed = _mm256_set1_epi8((char)0xED);
  uint64_t owed = 0; /* bits 0 and 1: continuation bytes a lead of the block before wants */
  while (len - i >= 32) {
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(p + i));
    uint32_t high = (uint32_t)_mm256_movemask_epi8(x);
    uint32_t lead = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(x, f0), e0));
    uint32_t cont = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(c0, x)); /* 80…BF */
    uint32_t decided_by_second = (uint32_t)_mm256_movemask_epi8(
        _mm256_or_si256(_mm256_cmpeq_epi8(x, e0), _mm256_cmpeq_epi8(x, ed)));
    uint64_t wanted = (uint64_t)lead << 1 | (uint64_t)lead << 2 | owed;
    if (decided_by_second | ((uint32_t)wanted ^ cont) | (high & ~(lead | cont)))
      break;
    owed = wanted >> 32;
    i += 32;
  }
  /* A lead at byte 31 wants two bytes more (owed 3), one at byte 30 one (owed 1). */
  return owed == 3 ? i - 1 : owed == 1 ? i - 2 : i;
}
#endif

/* Whether p[0, 3) is a well-formed three-byte character: U+0800…U+FFFF but the overlong forms
 * (E0 80…9F) and the surrogates (ED A0…BF). */
static bool three_byte_character(const unsigned char *p) {
  return (p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
         !(p[0] == 0xE0 && p[1] < 0xA0) && !(p[0] == 0xED && p[1] >= 0xA0);
}

size_t nb_utf8_common_run(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  for (;;) {
#if defined(NB_HAVE_AVX2_PATH)
    if (len - i >= 32 && __builtin_cpu_supports("avx2"))
      i = common_blocks_wide(p, i, len);
#endif
#if defined(__SSE2__)
    i = common_blocks(p, i, len);
#endif
    /* Where a block held something else (or the text ends): a character at a time, for a
     * block's length, then blocks again. */
    size_t stop = len - i > 16 ? i + 16 : len;
    while (i < stop) {
      if (p[i] < 0x80)
        i++;
      else if (len - i >= 3 && three_byte_character(p + i))
        i += 3;
      else
        return i;
    }
    if (i >= len)
      return i;
  }
}
