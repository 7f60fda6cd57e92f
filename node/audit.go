package node

import (
	"context"

	"github.com/ciphernet/ciphernet/api"
)

// List implements api.Backend: a snapshot of every E3 the engine has seen
// (those whose program this node cannot run included, so an explorer page
// shows the whole network's activity).
func (b backend) List(context.Context) ([]api.E3View, error) {
	b.n.engine.viewMu.RLock()
	defer b.n.engine.viewMu.RUnlock()
	out := make([]api.E3View, 0, len(b.n.engine.views))
	for _, v := range b.n.engine.views {
		out = append(out, v)
	}
	return out, nil
}
