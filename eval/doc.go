// Package eval scores extraction documents against hand annotations.
//
// A gold annotation (see ../shared/docs/annotation-guide.md) lists the
// statements, actors and events of one article, each statement and event
// pinned to the text by an exact substring, its evidence. Score lines up the
// claims and events of a dipgraph.Document with them by byte range and counts
// true positives, false positives and misses for each metric; Sum adds the
// reports of many articles into micro-averaged totals.
//
// Matching rules:
//
//   - Two byte ranges match when they overlap by at least half of the shorter
//     one (and by at least one byte).
//   - Claims and gold statements are paired one to one, greedily by largest
//     overlap; ties go to pairs whose speaker agrees, then to the earlier
//     statement and claim.
//   - An extracted event whose span matches no gold event may still match one
//     of the same type that shares a participant and starts in the same
//     sentence; sentences are split on newlines and on . ! ? (optionally
//     followed by closing quotes) before white space, which is approximate.
//   - Names are compared case-insensitively after collapsing white space: an
//     extracted actor is right when its name or any alias equals any string
//     of the gold list.
//   - Optional gold items cost nothing when missed; an extracted item that
//     matches one counts as correct for precision but is left out of recall.
package eval
