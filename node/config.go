// Package node assembles a ciphernode from its parts: configuration, the
// keystore, the store, the ledger client, the p2p host, the HTTP API and the
// outbox sender, run as crash-only services under one errgroup (DESIGN.md §9).
// The engine service dispatches events to one goroutine per E3, which alone
// owns that E3's state machine (engine.go). A fatal error in any service or
// E3 goroutine stops the node; a restart recovers from the store and the
// ledger.
package node

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/ciphernet/ciphernet/api"
)

// ErrConfig is wrapped by every configuration error.
var ErrConfig = errors.New("invalid node configuration")

// Config is the node's configuration: one typed tree, loaded from TOML and
// then overridden by CIPHERNET_* environment variables.
type Config struct {
	// DataDir holds the store, the keystore and logs.
	DataDir string `toml:"data_dir"`
	// Network is the network file written by `ciphernet contracts deploy`
	// or `ciphernet devnet` (RPC URL, chain id, contract addresses).
	Network string `toml:"network"`
	// RPC overrides the network file's RPC URL.
	RPC string `toml:"rpc"`
	// Keystore is the encrypted key file (relative paths are under DataDir).
	Keystore string `toml:"keystore"`
	// PasswordEnv names the environment variable with the keystore
	// password (or, with a _FILE suffix, a file holding it).
	PasswordEnv string `toml:"password_env"`
	// Listen are the libp2p listen multiaddrs.
	Listen []string `toml:"listen"`
	// Bootstrap are peers to dial at start (full multiaddrs with /p2p/).
	Bootstrap []string `toml:"bootstrap"`
	// API is the HTTP API listen address (host:port).
	API string `toml:"api"`
	// Confirmations is how many blocks deep a ledger event must be before
	// the node acts on it.
	Confirmations uint64 `toml:"confirmations"`
	// PollInterval is the ledger polling interval.
	PollInterval Duration `toml:"poll_interval"`
	// OutboxRetry is the first retry delay of a failed send (doubled up to
	// a minute).
	OutboxRetry Duration `toml:"outbox_retry"`
	// APIRate is each HTTP client's (remote IP's) sustained request rate
	// per second, APIBurst how many it may send at once: one bulk
	// submitter must not starve the others. 0 disables the limit (a
	// devnet whose clients all share 127.0.0.1).
	APIRate  float64 `toml:"api_rate"`
	APIBurst int     `toml:"api_burst"`
}

// Duration is a time.Duration that reads and writes as "1.5s" in TOML.
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// MarshalText writes a Go duration string.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Defaults returns the configuration of a node in dir.
func Defaults(dir string) Config {
	return Config{
		DataDir:       dir,
		Network:       filepath.Join(dir, "..", "network.json"),
		Keystore:      "keystore.json",
		PasswordEnv:   "CIPHERNET_PASSWORD",
		Listen:        []string{"/ip4/127.0.0.1/tcp/0"},
		API:           "127.0.0.1:8080",
		Confirmations: 0,
		PollInterval:  Duration{500 * time.Millisecond},
		OutboxRetry:   Duration{200 * time.Millisecond},
		APIRate:       api.DefaultOptions().RatePerSecond,
		APIBurst:      api.DefaultOptions().Burst,
	}
}

// Validate checks the configuration and names the first problem.
func (c Config) Validate() error {
	switch {
	case c.DataDir == "":
		return fmt.Errorf("%w: data_dir is empty", ErrConfig)
	case c.Network == "" && c.RPC == "":
		return fmt.Errorf("%w: neither network nor rpc is set", ErrConfig)
	case c.Keystore == "":
		return fmt.Errorf("%w: keystore is empty", ErrConfig)
	case c.PasswordEnv == "":
		return fmt.Errorf("%w: password_env is empty", ErrConfig)
	case len(c.Listen) == 0:
		return fmt.Errorf("%w: listen has no address", ErrConfig)
	case c.PollInterval.Duration <= 0 || c.PollInterval.Duration > time.Minute:
		return fmt.Errorf("%w: poll_interval %v outside (0, 1m]", ErrConfig, c.PollInterval)
	case c.OutboxRetry.Duration <= 0:
		return fmt.Errorf("%w: outbox_retry %v must be positive", ErrConfig, c.OutboxRetry)
	case c.Confirmations > 64:
		return fmt.Errorf("%w: confirmations %d above 64", ErrConfig, c.Confirmations)
	case c.APIRate < 0 || c.APIRate > 1e6:
		return fmt.Errorf("%w: api_rate %g outside [0, 1e6] (0 disables the limit)", ErrConfig, c.APIRate)
	case c.APIBurst < 0:
		return fmt.Errorf("%w: api_burst %d is negative", ErrConfig, c.APIBurst)
	}
	for _, a := range c.Listen {
		if !strings.HasPrefix(a, "/") {
			return fmt.Errorf("%w: listen address %q is not a multiaddr", ErrConfig, a)
		}
	}
	for _, a := range c.Bootstrap {
		if !strings.Contains(a, "/p2p/") {
			return fmt.Errorf("%w: bootstrap address %q has no /p2p/<peer id>", ErrConfig, a)
		}
	}
	if c.API != "" {
		if _, _, err := net.SplitHostPort(c.API); err != nil {
			return fmt.Errorf("%w: api address %q: %v", ErrConfig, c.API, err)
		}
	}
	return nil
}

// KeystorePath is the keystore's absolute location.
func (c Config) KeystorePath() string { return c.resolve(c.Keystore) }

// StorePath is the node database.
func (c Config) StorePath() string { return filepath.Join(c.DataDir, "node.db") }

func (c Config) resolve(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.DataDir, p)
}

// Load reads a TOML file (unknown keys are an error: a typo must not be
// silently ignored), applies environment overrides and validates.
func Load(path string) (Config, error) {
	cfg := Defaults(filepath.Dir(path))
	md, err := toml.DecodeFile(path, &cfg)
	if err != nil {
		return Config{}, fmt.Errorf("%w: %s: %v", ErrConfig, path, err)
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		return Config{}, fmt.Errorf("%w: %s: unknown keys %v", ErrConfig, path, undecoded)
	}
	cfg.applyEnv(os.Getenv)
	return cfg, cfg.Validate()
}

// applyEnv overrides fields from CIPHERNET_<KEY> variables.
func (c *Config) applyEnv(getenv func(string) string) {
	for key, dst := range map[string]*string{
		"CIPHERNET_DATA_DIR": &c.DataDir, "CIPHERNET_NETWORK": &c.Network, "CIPHERNET_RPC": &c.RPC,
		"CIPHERNET_KEYSTORE": &c.Keystore, "CIPHERNET_API": &c.API,
	} {
		if v := getenv(key); v != "" {
			*dst = v
		}
	}
	if v := getenv("CIPHERNET_LISTEN"); v != "" {
		c.Listen = strings.Split(v, ",")
	}
	if v := getenv("CIPHERNET_BOOTSTRAP"); v != "" {
		c.Bootstrap = strings.Split(v, ",")
	}
}

// defaultTemplate is the commented configuration `node init` writes.
const defaultTemplate = `# Ciphernet node configuration. Every key can be overridden by an environment
# variable CIPHERNET_<KEY> (upper case), e.g. CIPHERNET_API=127.0.0.1:9000.

# Directory of the node database (node.db, with large blobs in node.db.blobs/) and, by default, the keystore.
data_dir = %q

# Network file written by 'ciphernet contracts deploy' or 'ciphernet devnet':
# RPC URL, chain id and contract addresses.
network = %q

# Overrides the network file's RPC URL (empty: use the network file's).
rpc = ""

# Encrypted key file (relative to data_dir) and the environment variable
# holding its password (<NAME>_FILE may name a file with it instead).
keystore = "keystore.json"
password_env = %q

# libp2p listen addresses and peers to dial at start.
listen = ["/ip4/127.0.0.1/tcp/0"]
bootstrap = []

# HTTP API (status, public keys, input upload, results, /healthz, /metrics).
api = "127.0.0.1:8080"

# Ledger events are acted on this many blocks deep (0 on a dev chain).
confirmations = 0
poll_interval = "500ms"

# First retry delay of a message that failed to send (doubles up to 1m).
outbox_retry = "200ms"

# Per-client (remote IP) HTTP rate limit: sustained requests per second and
# burst. api_rate = 0 disables it.
api_rate = %.1f
api_burst = %d
`

// WriteDefault writes the commented default configuration for a node whose
// data directory is dir; it refuses to overwrite.
func WriteDefault(path, dir, network, passwordEnv string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%w: %s exists", ErrConfig, path)
	}
	return os.WriteFile(path, []byte(fmt.Sprintf(defaultTemplate, dir, network, passwordEnv, api.DefaultOptions().RatePerSecond, api.DefaultOptions().Burst)), 0o644)
}
