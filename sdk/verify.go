package sdk

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ciphernet/ciphernet/api"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/verify"
)

// Verify re-checks the E3 from the public record: the ledger through this
// client's connection and the blobs from every node API it knows (each
// checked against its committed hash, so no node is trusted).
func (c *Client) Verify(ctx context.Context, id uint64) (*verify.Report, error) {
	if _, err := c.record(ctx, id); err != nil {
		return nil, err
	}
	return verify.Verify(ctx, c.lc, id, c.Sources()...)
}

// APISource is a node API as a verify.Source.
type APISource struct {
	c    *Client
	Base string
}

// Blob implements verify.Source (GET /v1/blobs/{hash}).
func (s APISource) Blob(ctx context.Context, h common.Hash) ([]byte, error) {
	code, body, err := s.c.do(ctx, http.MethodGet, fmt.Sprintf("%s/v1/blobs/%s", s.Base, h.Hex()), nil)
	if err != nil {
		return nil, err
	}
	if code != http.StatusOK {
		return nil, apiError(s.Base, code, body)
	}
	return body, nil
}

// Envelopes implements verify.Source (GET /v1/e3/{id}/shares?kind=…).
func (s APISource) Envelopes(ctx context.Context, id uint64, kind message.Kind) ([]common.Hash, error) {
	code, body, err := s.c.do(ctx, http.MethodGet, fmt.Sprintf("%s/v1/e3/%d/shares?kind=%s", s.Base, id, url.QueryEscape(kind.String())), nil)
	if err != nil {
		return nil, err
	}
	if code != http.StatusOK {
		return nil, apiError(s.Base, code, body)
	}
	var l api.ShareList
	if err := json.Unmarshal(body, &l); err != nil {
		return nil, err
	}
	out := make([]common.Hash, 0, len(l.Hashes))
	for _, h := range l.Hashes {
		out = append(out, common.HexToHash(h))
	}
	return out, nil
}

// Sources are the node APIs this client knows, as verify sources (for
// callers that gather a record themselves, e.g. to archive it).
func (c *Client) Sources() []verify.Source {
	var out []verify.Source
	for _, a := range c.allAPIs() {
		out = append(out, APISource{c: c, Base: a})
	}
	return out
}
