package dipgraph

import (
	"context"
	"time"
)

// EventType classifies an event.
type EventType string

// The types of event.
const (
	EventPressConference  EventType = "PRESS_CONFERENCE"
	EventSpeech           EventType = "SPEECH"
	EventCall             EventType = "CALL"
	EventMeeting          EventType = "MEETING"
	EventVisit            EventType = "VISIT"
	EventAnnouncement     EventType = "ANNOUNCEMENT"
	EventNegotiation      EventType = "NEGOTIATION"
	EventMilitaryMovement EventType = "MILITARY_MOVEMENT"
	EventSanction         EventType = "SANCTION"
	EventAgreement        EventType = "AGREEMENT"
	EventOffer            EventType = "OFFER"
	EventOther            EventType = "OTHER"
)

// Valid reports whether t is one of the defined types.
func (t EventType) Valid() bool {
	switch t {
	case EventPressConference, EventSpeech, EventCall, EventMeeting, EventVisit,
		EventAnnouncement, EventNegotiation, EventMilitaryMovement, EventSanction,
		EventAgreement, EventOffer, EventOther:
		return true
	}
	return false
}

// DatePrecision says how exact an event's date is.
type DatePrecision string

// The precisions of a date.
const (
	PrecisionDay   DatePrecision = "DAY"
	PrecisionWeek  DatePrecision = "WEEK"
	PrecisionMonth DatePrecision = "MONTH"
	PrecisionYear  DatePrecision = "YEAR"
)

// Valid reports whether p is one of the defined precisions.
func (p DatePrecision) Valid() bool {
	switch p {
	case PrecisionDay, PrecisionWeek, PrecisionMonth, PrecisionYear:
		return true
	}
	return false
}

// Event is something that happened: a press conference, a call, a meeting,
// a troop movement, an offer.
type Event struct {
	ID             string
	Type           EventType
	Label          string
	Date           Date // "" when the text does not fix it
	DatePrecision  DatePrecision
	ParticipantIDs []string
	Sources        []Source
	Provenance
}

// EventFilter selects events. Participant takes an id, name or alias.
type EventFilter struct {
	IDs         []string
	Participant string
	Types       []EventType // any of these
	ArticleID   string
	From        Date
	To          Date
	// AddedAfter keeps only events whose AddedAt is strictly later, so that
	// subscriptions can poll for new events without keeping state.
	AddedAfter time.Time
	Offset     int
	Limit      int
}

// EventService reads and writes events.
type EventService interface {
	// FindEventByID returns the event with id, or an ENOTFOUND error.
	FindEventByID(ctx context.Context, id string) (*Event, error)
	// FindEvents returns one page of matching events, newest first, and the
	// total number of matches. A participant that names nobody matches no
	// events. It returns EINVALID for a bad type, date, range or paging.
	FindEvents(ctx context.Context, filter EventFilter) ([]*Event, int, error)
	// CreateEvent stores an event added by a person, filling in its ID and
	// provenance. Participants are ids, names or aliases of existing actors.
	// It returns EINVALID naming the field when the event is wrong or a
	// reference names nothing, and ECONFLICT when the same event exists.
	CreateEvent(ctx context.Context, e *Event) error
}
