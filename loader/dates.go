package loader

import (
	"cmp"
	"strconv"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph"
)

// dateExpr is a date expression found in a sentence.
type dateExpr struct {
	tokStart, tokEnd int
	date             dipgraph.Date // "" when the expression does not fix a day
	precision        dipgraph.DatePrecision
	// relative is set for days counted from the story's last named day,
	// shift days on ("a day earlier" is -1, "the next day" +1, "later that
	// day" 0); date is then filled by resolveShifts.
	relative bool
	shift    int
	// span marks a range of days dated on its first ("from 6 to 8 March"),
	// which bounds nothing.
	span bool
}

// dayShifts are the phrases that count days from the day last named.
var dayShifts = map[string]int{
	"a day earlier": -1, "the day before": -1, "the previous day": -1, "a day before": -1,
	"a day later": 1, "the next day": 1, "the following day": 1, "a day after": 1,
	"two days earlier": -2, "two days later": 2, "three days earlier": -3, "three days later": 3,
	"the day after": 1, "two days before": -2, "two days after": 2, "three days before": -3, "three days after": 3,
	"later that day": 0, "earlier that day": 0, "the same day": 0, "earlier in the day": 0, "later in the day": 0,
}

// boundWords open a date that bounds a span rather than dating an act:
// "since 2017", "from midnight on Thursday", "until Dec. 13", "by Friday".
var boundWords = map[string]bool{"since": true, "from": true, "until": true, "till": true, "by": true}

// bound reports whether d bounds a span: one of boundWords opens it or
// stands up to two words before it ("from midnight on Thursday").
func (d dateExpr) bound(toks []token) bool {
	if d.span {
		return false
	}
	for j := d.tokStart; j >= 0 && j >= d.tokStart-3; j-- {
		if boundWords[toks[j].lower()] {
			return true
		}
		if !toks[j].isWord() {
			return false
		}
	}
	return false
}

// resolveShifts dates the shifted expressions of ds from base, the story's
// last named day; without one they stay undated. "A day after" or "a day
// before" that opens what it counts from ("said on Friday, a day after he
// met Faría") dates that: a day before, or after, the sentence's own day
// named earlier, or else the story's.
func resolveShifts(toks []token, ds []dateExpr, base dipgraph.Date) {
	var own dipgraph.Date
	for i := range ds {
		d := &ds[i]
		if !d.relative {
			if d.date != "" && d.precision == dipgraph.PrecisionDay && own == "" {
				// the sentence's first day, not a later one inside a
				// phrase ("The call on Wednesday, the first since their
				// clash on Feb. 28, came a day after …")
				own = d.date
			}
			continue
		}
		if w := toks[d.tokEnd-1].lower(); (w == "after" || w == "before") && i+1 < len(ds) && ds[i+1].tokStart == d.tokEnd && !ds[i+1].relative && ds[i+1].date != "" {
			// "a day after Oct. 17"
			d.date = dipgraph.DateOf(ds[i+1].date.Time().AddDate(0, 0, d.shift))
			continue
		}
		if w := toks[d.tokEnd-1].lower(); (w == "after" || w == "before") && d.tokEnd < len(toks) && toks[d.tokEnd].isWord() {
			// (with no day of its own, the sentence is on the story's day:
			// "took effect at midnight, a day after the Seimas voted for
			// it" dates the vote the day before)
			if from := cmp.Or(own, base); from != "" {
				d.date = dipgraph.DateOf(from.Time().AddDate(0, 0, -d.shift))
			}
			continue
		}
		switch {
		case own != "":
			// "Kristersson said on Saturday that Orbán had assured him
			// during their talks the previous day": from the sentence's
			// own day before it
			d.date = dipgraph.DateOf(own.Time().AddDate(0, 0, d.shift))
		case base != "":
			d.date = dipgraph.DateOf(base.Time().AddDate(0, 0, d.shift))
		}
	}
}

// dayShiftFirst holds the first words of dayShifts.
var dayShiftFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range dayShifts {
		m[strings.Fields(k)[0]] = true
	}
	return m
}()

// dayShiftAt returns the shift of the dayShifts phrase at toks[i] and its
// length in words, or 0, 0.
func dayShiftAt(toks []token, i int) (shift, n int) {
	if i >= len(toks) {
		return 0, 0 // (a trigger ending its sentence: "Briefing")
	}
	if !dayShiftFirst[toks[i].lower()] {
		return 0, 0
	}
	// the key grows in a buffer on the stack: the lookup of string(key)
	// does not allocate
	var buf [64]byte
	key := append(buf[:0], toks[i].lower()...)
	for k := 1; k < 4 && i+k < len(toks); k++ {
		key = append(append(key, ' '), toks[i+k].lower()...)
		if s, ok := dayShifts[string(key)]; ok && k >= 2 {
			return s, k + 1
		}
	}
	return 0, 0
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3, "mar.": 3,
	"april": 4, "apr.": 4, "may": 5, "june": 6, "july": 7, "august": 8, "aug.": 8,
	"september": 9, "sept.": 9, "sep.": 9, "october": 10, "oct.": 10, "november": 11, "nov.": 11,
	"december": 12, "dec.": 12,
	// wire style writes some without the point: "Aug 12", "Nov 28"
	"mar": 3, "apr": 4, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// futureWords before a date mark something to come, so that a weekday
// there is the coming one: "will meet on Monday", "is due to sign on Friday".
var futureWords = map[string]bool{
	"will": true, "would": true, "next": true, "upcoming": true, "scheduled": true, "plans": true,
	"planned": true, "due": true, "expected": true, "set": true, "tomorrow": true, "'ll": true,
	"opens": true, "begins": true, "starts": true,
	// present tense of a scheduled trip: "Biden, who flies to Saudi Arabia
	// on Friday"
	"flies": true, "travels": true, "heads": true, "leaves": true,
}

// futureNear reports whether a future marker stands in the few words before
// toks[i], within its clause and with no past verb between.
func futureNear(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-16; j-- {
		w := toks[j].lower()
		if futureWords[w] && !(w == "set" && !(j+1 < len(toks) && (toks[j+1].lower() == "to" || toks[j+1].lower() == "for"))) {
			return true // not "the ultimatum was set on Wednesday"
		}
		if strings.HasSuffix(w, "ing") && j > 0 && (toks[j-1].lower() == "are" || toks[j-1].lower() == "is") {
			return true // "EU leaders are staying on in Granada on Friday"
		}
		if w == "week" && j >= 3 && toks[j-1].lower() == "the" && toks[j-2].lower() == "of" && toks[j-3].lower() == "rest" {
			return true // "his programme for the rest of the week includes … on Wednesday"
		}
		if w == "," || w == ";" || w == "said" || w == "that" {
			return false
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") && !(j > 0 && toks[j-1].lower() == "be") && !pastParticipleAdjective[w] {
			// "tariffs announced in Washington on Wednesday": a past clause
			// of its own; "expected to be signed on Thursday" is not
			return false
		}
	}
	return false
}

// findDates returns the date expressions of toks resolved against published.
// A weekday is the nearest such day: the past one unless the sentence speaks
// of the future. "This weekend", "recently", a month alone and "last week"
// give no day.
func findDates(toks []token, published time.Time, thatYear int) []dateExpr {
	var out []dateExpr
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.isWord() || t.quoted || t.starts&marked != 0 && t.starts&dateWord == 0 {
			continue // most words begin no date: skip them cheaply
		}
		future := false
		if w := t.lower(); weekdays[w] != 0 || w == "sunday" || months[w] != 0 {
			future = futureNear(toks, i)
		}
		w := t.lower()
		prev := ""
		if i > 0 {
			prev = toks[i-1].lower()
		}
		if n, k := dayShiftAt(toks, i); k > 0 {
			out = append(out, dateExpr{tokStart: i, tokEnd: i + k, precision: dipgraph.PrecisionDay, relative: true, shift: n})
			i += k - 1
			continue
		}
		prevW := ""
		if i > 0 {
			prevW = toks[i-1].lower()
		}
		switch {
		case prevW == "this" && (w == "morning" || w == "afternoon" || w == "evening"):
			out = append(out, dayExpr(i-1, i+1, published))
		case (prevW == "in" || prevW == "since" || prevW == "of") && len(w) == 4 && w >= "1900" && w <= "2199" && isDigits(w):
			// "signed in 2001": a year alone fixes no day
			out = append(out, dateExpr{tokStart: i - 1, tokEnd: i + 1, precision: dipgraph.PrecisionYear})
		case (determiners[prevW] || i > 0 && toks[i-1].possessive()) && len(w) == 4 && w >= "1900" && w <= "2199" && isDigits(w) && i+1 < len(toks) && toks[i+1].isWord() && !toks[i+1].capitalized():
			// "the 2018 deal", "Iran's 2015 nuclear accord": a year alone
			// names when it was
			out = append(out, dateExpr{tokStart: i, tokEnd: i + 1, precision: dipgraph.PrecisionYear})
		case w == "today" || w == "tonight":
			out = append(out, dayExpr(i, i+1, published))
		case w == "yesterday":
			out = append(out, dayExpr(i, i+1, published.AddDate(0, 0, -1)))
		case w == "tomorrow":
			out = append(out, dayExpr(i, i+1, published.AddDate(0, 0, 1)))
		case weekdays[w] != 0 || w == "sunday":
			wd := weekdays[w]
			var d time.Time
			if future && prev != "last" || prev == "next" {
				d = published
				for d.Weekday() != wd {
					d = d.AddDate(0, 0, 1)
				}
			} else {
				d = published
				for d.Weekday() != wd {
					d = d.AddDate(0, 0, -1)
				}
				if prev == "last" && d.Equal(published) {
					d = d.AddDate(0, 0, -7)
				}
			}
			start := i
			if prev == "last" || prev == "next" || prev == "this" {
				start = i - 1
			}
			out = append(out, dayExpr(start, i+1, d))
		case months[w] != 0 && t.capitalized():
			m := months[w]
			// "Feb. 15", "February 15, 2022", or "15 February"
			if i+1 < len(toks) && isDay(toks[i+1].text) {
				day, _ := strconv.Atoi(toks[i+1].text)
				end := i + 2
				year, ok := yearAt(toks, i+2)
				if ok {
					end = i + 4
					if toks[i+2].text != "," {
						end = i + 3
					}
				} else if thatYear > 0 && sameYearAfter(toks, i+2) {
					year = thatYear // "On Aug. 24 that year": the year the story was just in
				} else {
					year = nearestYear(published, m, day, future)
				}
				out = append(out, dayExpr(i, end, time.Date(year, m, day, 0, 0, 0, 0, time.UTC)))
				i = end - 1
			} else if i > 0 && isDay(toks[i-1].text) {
				start := i - 1
				day, _ := strconv.Atoi(toks[i-1].text)
				span := false
				if i >= 3 && isDay(toks[i-3].text) && (toks[i-2].lower() == "to" || toks[i-2].text == "-" || toks[i-2].text == "–" || toks[i-2].lower() == "and") {
					// "from 6 to 8 March": the first day
					start, span = i-3, true
					day, _ = strconv.Atoi(toks[i-3].text)
				}
				year, ok := yearAt(toks, i+1)
				if !ok {
					year = nearestYear(published, m, day, future)
				}
				d := dayExpr(start, i+1, time.Date(year, m, day, 0, 0, 0, 0, time.UTC))
				d.span = span
				out = append(out, d)
			} else if w != "may" {
				out = append(out, dateExpr{tokStart: i, tokEnd: i + 1, precision: dipgraph.PrecisionMonth})
			}
		case w == "earlier" && i+1 < len(toks) && (toks[i+1].lower() == "on" || toks[i+1].lower() == "today" || toks[i+1].lower() == "this" || weekdays[toks[i+1].lower()] != 0):
			// "earlier on Tuesday": the day says when
		case w == "weekend" || w == "recently" || w == "recent" || w == "earlier":
			out = append(out, dateExpr{tokStart: i, tokEnd: i + 1, precision: dipgraph.PrecisionWeek})
		case w == "week" && (prev == "last" || prev == "this" || prev == "next"):
			out = append(out, dateExpr{tokStart: i - 1, tokEnd: i + 1, precision: dipgraph.PrecisionWeek})
		case w == "month" && (prev == "last" || prev == "this" || prev == "next"):
			out = append(out, dateExpr{tokStart: i - 1, tokEnd: i + 1, precision: dipgraph.PrecisionMonth})
		case w == "year" && (prev == "last" || prev == "this" || prev == "next"):
			out = append(out, dateExpr{tokStart: i - 1, tokEnd: i + 1, precision: dipgraph.PrecisionYear})
		case (w == "spring" || w == "summer" || w == "autumn" || w == "fall" || w == "winter") && (prev == "the" || prev == "this" || prev == "last" || prev == "next"):
			// "in the autumn", "next spring": a season fixes no day
			out = append(out, dateExpr{tokStart: i - 1, tokEnd: i + 1, precision: dipgraph.PrecisionMonth})
		}
	}
	return out
}

func dayExpr(start, end int, d time.Time) dateExpr {
	return dateExpr{tokStart: start, tokEnd: end, date: dipgraph.DateOf(d), precision: dipgraph.PrecisionDay}
}

// sameYearAfter reports whether "that year" or "the same year" follows at k.
func sameYearAfter(toks []token, k int) bool {
	if k < len(toks) && toks[k].lower() == "the" {
		k++ // "the same year"
	}
	if k+1 >= len(toks) || toks[k+1].lower() != "year" {
		return false
	}
	w := toks[k].lower()
	return w == "that" || w == "same"
}

// lastYearIn returns the last four-digit year toks name outside quotes
// ("in March 2019", "in 2021"), or 0.
func lastYearIn(toks []token) int {
	year := 0
	for _, t := range toks {
		if t.quoted || len(t.text) != 4 || !isDigits(t.text) {
			continue
		}
		if y, err := strconv.Atoi(t.text); err == nil && y > 1900 && y < 2200 {
			year = y
		}
	}
	return year
}

func isDay(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "th"), "st"), "nd"), "rd")
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1 && n <= 31 && len(s) <= 2
}

// yearAt reads a year at toks[i] or after a comma there.
func yearAt(toks []token, i int) (int, bool) {
	if i < len(toks) && toks[i].text == "," {
		i++
	}
	if i < len(toks) && len(toks[i].text) == 4 {
		if y, err := strconv.Atoi(toks[i].text); err == nil && y > 1900 && y < 2200 {
			return y, true
		}
	}
	return 0, false
}

// nearestYear picks the year that puts month/day nearest to published, in
// the past unless the sentence speaks of the future or the day is in the
// next two months ("after Canada's April 28 election" in late March): news
// gives the year for a day most of a year ago.
func nearestYear(published time.Time, m time.Month, day int, future bool) int {
	y := published.Year()
	d := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
	if !future && d.After(published.AddDate(0, 0, 60)) {
		return y - 1
	}
	if future && d.Before(published.AddDate(0, 0, -7)) {
		return y + 1
	}
	return y
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
