package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"os"
	"strings"

	"github.com/dipgraph/dipgraph"
)

// The environment variables API keys are read from.
const (
	EnvEditorKeys = "DIPGRAPH_EDITOR_KEYS"
	EnvReaderKeys = "DIPGRAPH_READER_KEYS"
)

// Keys are the API keys a server accepts. Only their SHA-256 digests are
// kept, so that comparing is constant-time whatever the lengths and a key
// never sits in memory in clear longer than parsing takes.
type Keys struct {
	editors [][32]byte
	readers [][32]byte
}

// ParseKeys returns the keys in two comma-separated lists; blanks around
// and between keys are ignored.
func ParseKeys(editors, readers string) Keys {
	return Keys{editors: digests(editors), readers: digests(readers)}
}

// KeysFromEnv returns the keys in DIPGRAPH_EDITOR_KEYS and
// DIPGRAPH_READER_KEYS.
func KeysFromEnv() Keys {
	return ParseKeys(os.Getenv(EnvEditorKeys), os.Getenv(EnvReaderKeys))
}

func digests(list string) [][32]byte {
	var out [][32]byte
	for _, k := range strings.Split(list, ",") {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, sha256.Sum256([]byte(k)))
		}
	}
	return out
}

// Editors returns the number of editor keys.
func (k Keys) Editors() int { return len(k.editors) }

// Readers returns the number of reader keys; with none, reading needs no key.
func (k Keys) Readers() int { return len(k.readers) }

// Authenticate returns ctx carrying the role and name of the caller whose
// Authorization value is authorization ("Bearer <key>", or the bare key).
// An editor key makes an editor named "editor:" and the first 6 hex digits
// of the key's SHA-256; a reader key likewise a reader. No key makes an
// anonymous reader where no reader keys are configured and no role where
// they are; an unknown key makes no role. Keys are compared in constant
// time, and the key itself is never put anywhere.
func (k Keys) Authenticate(ctx context.Context, authorization string) context.Context {
	key := strings.TrimSpace(authorization)
	if len(key) >= 7 && strings.EqualFold(key[:7], "bearer ") {
		key = strings.TrimSpace(key[7:])
	}
	if key == "" {
		if len(k.readers) == 0 {
			return dipgraph.NewContextWithRole(ctx, dipgraph.RoleAnonymous)
		}
		return dipgraph.NewContextWithRole(ctx, dipgraph.RoleNone)
	}
	d := sha256.Sum256([]byte(key))
	role := dipgraph.RoleNone
	// Check every key whatever matches, so that timing tells nothing.
	if matchAny(d, k.readers) {
		role = dipgraph.RoleReader
	}
	if matchAny(d, k.editors) {
		role = dipgraph.RoleEditor
	}
	ctx = dipgraph.NewContextWithRole(ctx, role)
	if role != dipgraph.RoleNone {
		ctx = dipgraph.NewContextWithUser(ctx, string(role)+":"+hex.EncodeToString(d[:3]))
	}
	return ctx
}

func matchAny(d [32]byte, keys [][32]byte) bool {
	found := 0
	for _, k := range keys {
		found |= subtle.ConstantTimeCompare(d[:], k[:])
	}
	return found == 1
}
