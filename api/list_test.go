package api

import (
	"encoding/json"
	"io"
	"net/http"
	"testing"
)

func TestList(t *testing.T) {
	srv, b, _ := setup(t)
	for id := uint64(1); id <= 7; id++ {
		if id != 4 {
			b.others = append(b.others, E3View{ID: id, Phase: "completed", Program: "tally", Preset: "dev", N: 3, T: 2})
		}
	}
	get := func(q string) (int, E3List, []byte) {
		resp, err := http.Get(srv.URL + "/v1/e3" + q)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		var l E3List
		json.Unmarshal(body, &l)
		return resp.StatusCode, l, body
	}
	ids := func(l E3List) []uint64 {
		var out []uint64
		for _, v := range l.E3s {
			out = append(out, v.ID)
		}
		return out
	}
	for _, tc := range []struct {
		query string
		want  []uint64
		next  uint64 // 0: none
	}{
		{"", []uint64{7, 6, 5, 4, 3, 2, 1}, 0},
		{"?limit=3", []uint64{7, 6, 5}, 5},
		{"?limit=3&before=5", []uint64{4, 3, 2}, 2},
		{"?before=2", []uint64{1}, 0},
		{"?before=1", nil, 0},
		{"?phase=inputs", []uint64{4}, 0},
		{"?phase=completed&limit=2", []uint64{7, 6}, 6},
		{"?phase=nope", nil, 0},
	} {
		code, l, body := get(tc.query)
		got := ids(l)
		if code != 200 || len(got) != len(tc.want) || (tc.next == 0) != (l.Next == nil) || (l.Next != nil && *l.Next != tc.next) {
			t.Fatalf("%q: %d %s; want ids %v next %d", tc.query, code, body, tc.want, tc.next)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Fatalf("%q: ids %v, want %v", tc.query, got, tc.want)
			}
		}
	}
	if _, l, body := get("?before=1"); l.E3s == nil || string(body) != "{\"e3s\":[]}\n" {
		t.Fatalf("empty page must be an empty array: %s", body)
	}
	for _, tc := range []struct{ query, code string }{
		{"?limit=0", "bad_limit"}, {"?limit=-1", "bad_limit"}, {"?limit=abc", "bad_limit"}, {"?limit=501", "bad_limit"},
		{"?before=-3", "bad_before"}, {"?before=x", "bad_before"},
	} {
		code, _, body := get(tc.query)
		var e apiError
		if json.Unmarshal(body, &e) != nil || code != 400 || e.Code != tc.code || e.Error == "" {
			t.Errorf("%q: %d %s, want 400 %s", tc.query, code, body, tc.code)
		}
	}
}
