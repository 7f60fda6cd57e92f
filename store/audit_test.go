package store

import "testing"

func TestAuditIndexListsPerE3AndTag(t *testing.T) {
	s := open(t)
	h := func(b byte) Hash { return Keccak([]byte{b}) }
	err := s.Update(func(tx *Tx) error {
		for _, e := range []struct {
			e3  uint64
			tag byte
			h   Hash
		}{{7, 1, h(1)}, {7, 1, h(2)}, {7, 1, h(1)}, {7, 2, h(3)}, {8, 1, h(4)}, {6, 1, h(5)}} {
			if err := tx.AddAudit(e.e3, e.tag, e.h); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.View(func(tx *Tx) error {
		if got := tx.Audit(7, 1); len(got) != 2 {
			t.Errorf("E3 7 tag 1: %d entries, want 2 (duplicates filed once)", len(got))
		}
		if got := tx.Audit(7, 2); len(got) != 1 || got[0] != h(3) {
			t.Errorf("E3 7 tag 2: %v", got)
		}
		if got := tx.Audit(9, 1); len(got) != 0 {
			t.Errorf("unknown E3: %v", got)
		}
		return nil
	})
}
