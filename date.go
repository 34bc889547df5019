package dipgraph

import "time"

// Date is a calendar date in ISO 8601 form, YYYY-MM-DD; "" means unknown.
type Date string

// ParseDate returns s as a Date. It returns an EINVALID error naming the
// problem when s is not a real YYYY-MM-DD date.
func ParseDate(s string) (Date, error) {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", Errorf(EINVALID, "bad date %q: want YYYY-MM-DD", s)
	}
	return Date(s), nil
}

// DateOf returns the calendar date of t.
func DateOf(t time.Time) Date { return Date(t.Format(time.DateOnly)) }

// Time returns d as midnight UTC, or the zero time when d is empty or bad.
func (d Date) Time() time.Time {
	t, _ := time.Parse(time.DateOnly, string(d))
	return t
}
