package resolvers_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/dipgraph/dipgraph"
)

// wsClient is a graphql-transport-ws client for tests.
type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
}

// dialWS opens a subscription connection with key in the Authorization
// header (header true) or in the connection_init payload, and waits for the
// server's acknowledgement.
func dialWS(t *testing.T, e *env, key string, header bool) *wsClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	opts := &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: http.Header{}}
	payload := map[string]any{}
	if header && key != "" {
		opts.HTTPHeader.Set("Authorization", "Bearer "+key)
	} else if key != "" {
		payload["Authorization"] = "Bearer " + key
	}
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(e.srv.URL, "http")+"/graphql", opts)
	if err != nil {
		t.Fatalf("dial websocket: %v", err)
	}
	t.Cleanup(func() { conn.Close(websocket.StatusNormalClosure, "") })
	c := &wsClient{t: t, conn: conn}
	c.send(map[string]any{"type": "connection_init", "payload": payload})
	if msg := c.next(5 * time.Second); msg.Type != "connection_ack" {
		t.Fatalf("got %+v, want connection_ack", msg)
	}
	return c
}

type wsMessage struct {
	ID      string          `json:"id"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

func (c *wsClient) send(msg any) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := wsjson.Write(ctx, c.conn, msg); err != nil {
		c.t.Fatalf("websocket write: %v", err)
	}
}

// next returns the next message other than a ping or pong, failing the test
// after wait.
func (c *wsClient) next(wait time.Duration) wsMessage {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	for {
		var msg wsMessage
		if err := wsjson.Read(ctx, c.conn, &msg); err != nil {
			c.t.Fatalf("websocket read: %v", err)
		}
		if msg.Type != "ping" && msg.Type != "pong" && msg.Type != "ka" {
			return msg
		}
	}
}

func (c *wsClient) subscribe(id, query string) {
	c.send(map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{"query": query}})
}

func TestSubscription_ClaimAdded(t *testing.T) {
	e := newEnv(t, options{})
	c := dialWS(t, e, "", false)
	c.subscribe("1", `subscription { claimAdded(filter: {speaker: "Biden"}) { text speaker { name } origin addedBy } }`)
	time.Sleep(200 * time.Millisecond) // let the first poll mark the start

	// A claim by someone else does not match the filter; Biden's does.
	for _, in := range []map[string]any{
		{"speaker": "Olaf Scholz", "text": "Not for this subscriber."},
		{"speaker": "Biden", "addressees": []string{"Putin"}, "text": "The door to diplomacy stays open."},
	} {
		r := e.post(t, editorKey, `mutation($in: ClaimInput!) { addClaim(input: $in) { id } }`, map[string]any{"in": in})
		if len(r.Errors) > 0 {
			t.Fatalf("addClaim: %+v", r.Errors)
		}
	}
	msg := c.next(5 * time.Second)
	var p struct {
		Data struct {
			ClaimAdded struct {
				Text    string
				Speaker struct{ Name string }
				Origin  string
				AddedBy string
			}
		}
	}
	if err := json.Unmarshal(msg.Payload, &p); err != nil || msg.Type != "next" {
		t.Fatalf("got %s %s (%v), want next", msg.Type, msg.Payload, err)
	}
	got := p.Data.ClaimAdded
	if got.Text != "The door to diplomacy stays open." || got.Speaker.Name != "Joe Biden" || got.Origin != "MANUAL" || !strings.HasPrefix(got.AddedBy, "editor:") {
		t.Errorf("got %+v, want Biden's new claim", got)
	}

	// A write by another process (here the store directly, as the CLI does)
	// reaches the subscriber too.
	ctx := dipgraph.NewContextWithUser(context.Background(), "cli")
	speaker, err := e.db.ResolveActor(ctx, "Biden")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.db.CreateClaim(ctx, &dipgraph.Claim{SpeakerID: speaker.ID, Text: "Written by another replica."}); err != nil {
		t.Fatal(err)
	}
	msg = c.next(5 * time.Second)
	if !strings.Contains(string(msg.Payload), "Written by another replica.") {
		t.Errorf("got %s %s, want the claim written outside the server", msg.Type, msg.Payload)
	}
}

func TestSubscription_EventAddedAndAuth(t *testing.T) {
	e := newEnv(t, options{readerKeys: readerKey})

	t.Run("no key", func(t *testing.T) {
		c := dialWS(t, e, "", false)
		c.subscribe("1", `subscription { eventAdded { label } }`)
		msg := c.next(5 * time.Second)
		if !strings.Contains(string(msg.Payload), "UNAUTHENTICATED") || strings.Contains(string(msg.Payload), `"label"`) {
			t.Errorf("got %s %s, want an UNAUTHENTICATED error", msg.Type, msg.Payload)
		}
	})
	t.Run("reader key in the init payload", func(t *testing.T) {
		c := dialWS(t, e, readerKey, false)
		c.subscribe("1", `subscription { eventAdded(filter: {type: CALL}) { label type participants { name } } }`)
		time.Sleep(200 * time.Millisecond)
		r := e.post(t, editorKey, `mutation { addEvent(input: {type: CALL, label: "call between Biden and Scholz", participants: ["Biden", "Olaf Scholz"]}) { id } }`, nil)
		if len(r.Errors) > 0 {
			t.Fatalf("addEvent: %+v", r.Errors)
		}
		msg := c.next(5 * time.Second)
		if msg.Type != "next" || !strings.Contains(string(msg.Payload), "call between Biden and Scholz") {
			t.Errorf("got %s %s, want the new call", msg.Type, msg.Payload)
		}
	})
}
