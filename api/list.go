package api

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
)

// List paging bounds: a page is small enough to render at once and a
// client can walk every E3 with the before cursor.
const (
	DefaultListLimit = 50
	MaxListLimit     = 500
)

// E3List is the body of GET /v1/e3: the newest E3s first. Next, when set, is
// the value of before that fetches the following page.
type E3List struct {
	E3s  []E3View `json:"e3s"`
	Next *uint64  `json:"next,omitempty"`
}

// list answers GET /v1/e3[?limit=N][&before=ID][&phase=NAME]: the E3s this
// node knows, newest first, so a web page can show recent activity and page
// back through older ones.
func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit := DefaultListLimit
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxListLimit {
			writeError(w, http.StatusBadRequest, "bad_limit", fmt.Sprintf("limit %q is not an integer in 1..%d", v, MaxListLimit))
			return
		}
		limit = n
	}
	var before *uint64
	if v := q.Get("before"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			writeError(w, http.StatusBadRequest, "bad_before", fmt.Sprintf("before %q is not a non-negative integer E3 id", v))
			return
		}
		before = &n
	}
	phase := q.Get("phase")
	all, err := s.backend.List(r.Context())
	if err != nil {
		s.backendError(w, err, 0)
		return
	}
	slices.SortFunc(all, func(a, b E3View) int {
		switch {
		case a.ID > b.ID:
			return -1
		case a.ID < b.ID:
			return 1
		}
		return 0
	})
	out := E3List{E3s: []E3View{}}
	for _, v := range all {
		if (before != nil && v.ID >= *before) || (phase != "" && v.Phase != phase) {
			continue
		}
		if len(out.E3s) == limit {
			next := out.E3s[len(out.E3s)-1].ID
			out.Next = &next
			break
		}
		out.E3s = append(out.E3s, v)
	}
	writeJSON(w, http.StatusOK, out)
}
