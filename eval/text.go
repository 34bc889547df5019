package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteText writes r as a compact table of metrics and, when verbose, the
// error lists after it. It returns the first write error.
func (r *Report) WriteText(w io.Writer, verbose bool) error {
	bw := bufio.NewWriter(w)
	if r.File != "" {
		fmt.Fprintf(bw, "%s\n", r.File)
	} else {
		fmt.Fprintf(bw, "total (%d documents)\n", r.Documents)
	}
	fmt.Fprintf(bw, "%-12s %5s %5s %5s %5s %6s %6s %6s\n", "", "tp", "opt", "fp", "fn", "prec", "recall", "f1")
	for _, m := range []struct {
		name string
		c    Counts
	}{{"statements", r.Statements}, {"attribution", r.Attribution}, {"addressees", r.Addressees}, {"events", r.Events}} {
		fmt.Fprintf(bw, "%-12s %5d %5d %5d %5d %6s %6s %6s\n", m.name, m.c.TP, m.c.OptionalTP, m.c.FP, m.c.FN,
			num(m.c.Precision()), num(m.c.Recall()), num(m.c.F1()))
	}
	fmt.Fprintf(bw, "%-12s %5s %5s %6s\n", "", "right", "total", "acc")
	for _, m := range []struct {
		name string
		a    Accuracy
	}{{"speaker", r.Speaker}, {"mode", r.Mode}, {"event type", r.EventType}, {"event date", r.EventDate}} {
		fmt.Fprintf(bw, "%-12s %5d %5d %6s\n", m.name, m.a.Right, m.a.Total, num(m.a.Value()))
	}
	fmt.Fprintf(bw, "%-12s %d of %d found (recall %s), %d duplicated\n", "actors",
		r.Actors.Found, r.Actors.Gold, num(r.Actors.Recall()), r.Actors.Duplicates)
	if verbose {
		r.writeErrors(bw)
	}
	return bw.Flush()
}

// WriteErrors writes the error lists of r, one heading per non-empty list.
// It returns the first write error.
func (r *Report) WriteErrors(w io.Writer) error {
	bw := bufio.NewWriter(w)
	r.writeErrors(bw)
	return bw.Flush()
}

func (r *Report) writeErrors(w io.Writer) {
	// Entries name their file only in totals, where files are mixed.
	at := func(file string) string {
		if r.File == "" && file != "" {
			return file + ": "
		}
		return ""
	}
	list := func(title string, n int, line func(i int) string) {
		if n == 0 {
			return
		}
		fmt.Fprintf(w, "%s (%d):\n", title, n)
		for i := range n {
			fmt.Fprintf(w, "  %s\n", line(i))
		}
	}
	e := &r.Errors
	list("missed statements", len(e.MissedStatements), func(i int) string {
		m := e.MissedStatements[i]
		return fmt.Sprintf("%s%q by %s", at(m.File), m.Evidence, m.Speaker)
	})
	list("false claims", len(e.FalseClaims), func(i int) string {
		f := e.FalseClaims[i]
		return fmt.Sprintf("%s%q by %s, span %q", at(f.File), f.Text, f.Speaker, f.SpanText)
	})
	wrong := func(ws []WrongValue) func(int) string {
		return func(i int) string {
			v := ws[i]
			return fmt.Sprintf("%s%q: want %s, got %s", at(v.File), v.Evidence, v.Want, v.Got)
		}
	}
	list("wrong speakers", len(e.WrongSpeakers), wrong(e.WrongSpeakers))
	list("wrong addressees", len(e.WrongAddressees), func(i int) string {
		a := e.WrongAddressees[i]
		var parts []string
		if len(a.Missing) > 0 {
			parts = append(parts, "missing "+strings.Join(a.Missing, ", "))
		}
		if len(a.Extra) > 0 {
			parts = append(parts, "extra "+strings.Join(a.Extra, ", "))
		}
		return fmt.Sprintf("%s%q: %s", at(a.File), a.Evidence, strings.Join(parts, "; "))
	})
	list("wrong modes", len(e.WrongModes), wrong(e.WrongModes))
	list("missed actors", len(e.MissedActors), func(i int) string {
		return at(e.MissedActors[i].File) + e.MissedActors[i].Name
	})
	list("duplicate actors", len(e.DuplicateActors), func(i int) string {
		d := e.DuplicateActors[i]
		return fmt.Sprintf("%s%s: %s", at(d.File), d.Name, strings.Join(d.Got, ", "))
	})
	list("missed events", len(e.MissedEvents), func(i int) string {
		m := e.MissedEvents[i]
		return fmt.Sprintf("%s%s %q", at(m.File), m.Type, m.Evidence)
	})
	list("false events", len(e.FalseEvents), func(i int) string {
		f := e.FalseEvents[i]
		return fmt.Sprintf("%s%s %q", at(f.File), f.Type, f.Label)
	})
	list("wrong event types", len(e.WrongEventTypes), wrong(e.WrongEventTypes))
	list("wrong dates", len(e.WrongDates), wrong(e.WrongDates))
}

// Line returns a one-line summary of r: precision/recall/F1 of statements,
// attribution, addressees and events, and the accuracies.
func (r *Report) Line() string {
	prf := func(c Counts) string {
		return num(c.Precision()) + "/" + num(c.Recall()) + "/" + num(c.F1())
	}
	return fmt.Sprintf("statements %s  attribution %s  addressees %s  speaker %s  mode %s  actors %s  events %s  dates %s",
		prf(r.Statements), prf(r.Attribution), prf(r.Addressees), num(r.Speaker.Value()), num(r.Mode.Value()),
		num(r.Actors.Recall()), prf(r.Events), num(r.EventDate.Value()))
}

// num formats a metric with three decimals, or "-" when it is undefined.
func num(v float64, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}
