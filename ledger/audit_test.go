package ledger

import "testing"

// TestStatusOf: the client lifecycle phase for every contract phase, on
// both sides of the input deadline and of the stage's output.
func TestStatusOf(t *testing.T) {
	out := Stage{OutputHash: [32]byte{1}}
	for _, tc := range []struct {
		name  string
		phase Phase
		stage Stage
		head  uint64
		want  string
	}{
		{"ticket window", PhaseCommittee, Stage{}, 5, StatusRequested},
		{"key generation", PhaseKeyGen, Stage{}, 5, StatusCommittee},
		{"input window open", PhaseInputs, Stage{}, 99, StatusKeyPublished},
		{"last block of the window", PhaseInputs, Stage{}, 100, StatusKeyPublished},
		{"window over, ledger not moved yet", PhaseInputs, Stage{}, 101, StatusInputsClosed},
		{"compute, no output", PhaseCompute, Stage{}, 120, StatusInputsClosed},
		{"compute, output published", PhaseCompute, out, 120, StatusOutputPublished},
		{"decrypt", PhaseDecrypt, out, 130, StatusOutputAccepted},
		{"completed", PhaseCompleted, out, 140, StatusCompleted},
		{"failed", PhaseFailed, Stage{}, 140, StatusFailed},
		{"no such E3", PhaseNone, Stage{}, 1, ""},
	} {
		got := StatusOf(E3{Phase: uint8(tc.phase), InputDeadline: 100}, tc.stage, tc.head)
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	if len(Statuses) != 8 || Statuses[0] != StatusRequested || Statuses[7] != StatusFailed {
		t.Errorf("Statuses %v", Statuses)
	}
}

func TestEventE3(t *testing.T) {
	if id := eventE3(&E3Completed{E3Id: u256(7)}); id == nil || id.Uint64() != 7 {
		t.Errorf("E3Completed: %v", id)
	}
	if id := eventE3(&NodeRegistered{}); id != nil {
		t.Errorf("NodeRegistered has no E3: %v", id)
	}
	if id := eventE3(42); id != nil {
		t.Errorf("non-struct: %v", id)
	}
}
