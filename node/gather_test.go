package node

import "testing"

// TestGatherBatchesQueuedUploads: uploads queued back to back are applied
// as one evInputs; the first other event keeps its place right after
// them, later uploads form the next batch, and a batch never exceeds
// maxUploadBatch.
func TestGatherBatchesQueuedUploads(t *testing.T) {
	w := &e3worker{inbox: make(chan any, 2*maxUploadBatch+8)}
	in := func(b byte) evInput { return evInput{hash: [32]byte{b}} }
	for _, ev := range []any{in(2), in(3), evTick{}, in(4)} {
		w.inbox <- ev
	}
	got := gather(w, in(1))
	if len(got) != 2 {
		t.Fatalf("gathered %d events, want a batch and the tick", len(got))
	}
	if b, ok := got[0].(evInputs); !ok || len(b) != 3 || b[0].hash[0] != 1 || b[2].hash[0] != 3 {
		t.Fatalf("first event %#v, want the uploads 1, 2, 3 in order", got[0])
	}
	if _, ok := got[1].(evTick); !ok {
		t.Fatalf("second event %T, want the tick", got[1])
	}
	if got := gather(w, <-w.inbox); len(got) != 1 || len(got[0].(evInputs)) != 1 {
		t.Fatalf("upload 4 alone: %#v", got)
	}
	if got := gather(w, evTick{}); len(got) != 1 {
		t.Fatalf("a tick is applied alone: %#v", got)
	}
	for i := range 2 * maxUploadBatch {
		w.inbox <- in(byte(i))
	}
	if got := gather(w, <-w.inbox); len(got[0].(evInputs)) != maxUploadBatch {
		t.Fatalf("batch of %d, want the bound %d", len(got[0].(evInputs)), maxUploadBatch)
	}
	// The inbox closed (the E3 retired) behind an upload: the batch is
	// applied, and the loop sees the closed inbox next.
	w2 := &e3worker{inbox: make(chan any, 1)}
	close(w2.inbox)
	if got := gather(w2, in(9)); len(got) != 1 || len(got[0].(evInputs)) != 1 {
		t.Fatalf("closed inbox: %#v", got)
	}
}
