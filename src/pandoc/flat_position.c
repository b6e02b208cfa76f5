/* From a byte of the synthetic text back to the document: its piece, and its source position. */
#include "../core/text.h"
#include "flat.h"

int pd_flat_piece_at(const pd_flat *f, size_t offset) {
  /* The last piece starting at or before offset. */
  int lo = 0, hi = f->npieces;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (f->pieces[mid].start <= offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  int p = lo - 1;
  /* Empty pieces share their offset with nothing else, but a run of them may end here: the
   * first one at this offset is the one (an empty cell is followed by " | " first, so only
   * zero-width pieces can tie). */
  while (p > 0 && f->pieces[p - 1].start == offset && f->pieces[p].start == offset)
    p--;
  return p;
}

static pd_pos advance(const pd_flat *f, pd_pos pos, size_t from, size_t to) {
  if (pos.line > 0 && to > from)
    pos.column += (int)nb_utf8_count(f->text + from, to - from);
  return pos;
}

int pd_flat_run_at(const pd_flat *f, size_t offset) {
  int lo = 0, hi = f->nruns;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (f->runs[mid].start <= offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo - 1;
}

static const pd_anchor *anchor_at(const pd_flat *f, size_t offset) {
  int lo = 0, hi = f->nanchors;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (f->anchors[mid].offset < offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < f->nanchors && f->anchors[lo].offset == offset ? &f->anchors[lo] : NULL;
}

pd_pos pd_flat_position(const pd_flat *f, size_t offset) {
  pd_pos none = {0, 0, 0};
  if (!f->positioned)
    return none;
  const pd_anchor *a = anchor_at(f, offset);
  if (a)
    return a->pos;
  int p = pd_flat_piece_at(f, offset);
  if (p < 0)
    return none;
  const pd_piece *piece = &f->pieces[p];
  int r = pd_flat_run_at(f, offset);
  if (r >= piece->first_run && r < piece->end_run && f->runs[r].pos.line > 0) {
    /* Inside the run, or just after it (the end of a span). */
    const pd_run *run = &f->runs[r];
    size_t to = offset < run->end ? offset : run->end;
    return advance(f, run->pos, run->start, to);
  }
  if (piece->pos.line > 0 && offset <= piece->end)
    return advance(f, piece->pos, piece->start, offset);
  return piece->pos;
}
