package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
)

// The tests need a real PostgreSQL. They take its connection string from
// LNET_TEST_POSTGRES_DSN; without it they start a local throwaway server with .ci/postgres.
// Only when that fails do they skip, and never when CI is "true": there they fail.

var (
	dsnOnce  sync.Once
	dsnValue string
	dsnErr   error
	schemas  atomic.Int64
)

// testDSN returns the connection string of the test server, or skips (fails in CI).
func testDSN(t *testing.T) string {
	t.Helper()
	dsnOnce.Do(func() { dsnValue, dsnErr = findDSN() })
	if dsnErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no PostgreSQL, and CI=true forbids skipping: %v", dsnErr)
		}
		t.Skipf("SKIPPED: no PostgreSQL could be started locally (%v). Set %s to a server's connection string, or run: eval \"$(bash .ci/postgres)\"", dsnErr, dsnEnv)
	}
	return dsnValue
}

// findDSN returns $LNET_TEST_POSTGRES_DSN or starts a server with .ci/postgres. The script
// may install PostgreSQL only in CI: a developer's go test never runs apt-get.
func findDSN() (string, error) {
	if dsn := os.Getenv(dsnEnv); dsn != "" {
		return dsn, nil
	}
	script, err := filepath.Abs(filepath.Join("..", "..", ".ci", "postgres"))
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(script); err != nil {
		return "", fmt.Errorf("%s unset and no setup script: %w", dsnEnv, err)
	}
	install := "0"
	if os.Getenv("CI") == "true" {
		install = "1"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", script)
	cmd.Env = append(os.Environ(), "LNET_PG_INSTALL="+install)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("%s unset and %s failed: %v: %s", dsnEnv, script, err, strings.TrimSpace(stderr.String()))
	}
	return parseExport(out)
}

// parseExport reads the DSN from the script's `export LNET_TEST_POSTGRES_DSN='…'` line.
func parseExport(out []byte) (string, error) {
	prefix := "export " + dsnEnv + "="
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, prefix); ok {
			v = strings.TrimSuffix(strings.TrimPrefix(v, "'"), "'")
			if v == "" {
				break
			}
			return v, nil
		}
	}
	return "", errors.New("the setup script printed no " + dsnEnv)
}

// openTestStore connects to the test server with the tables in a new PostgreSQL schema of
// their own, dropped when the test ends, and logs the server's version.
func openTestStore(t *testing.T) *store {
	t.Helper()
	dsn := testDSN(t)
	ctx := context.Background()
	schema := fmt.Sprintf("lnet_test_%d_%d", os.Getpid(), schemas.Add(1))
	st, err := openStore(ctx, dsn, schema)
	require.NoError(t, err)
	t.Cleanup(func() {
		_, err := st.db.ExecContext(ctx, "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE")
		st.Close()
		require.NoError(t, err)
	})
	version, err := st.serverVersion(ctx)
	require.NoError(t, err, "connecting to %s", dsn)
	t.Logf("ran against %s (schema %s)", version, schema)
	require.NoError(t, st.reset(ctx))
	return st
}

func TestParseExport(t *testing.T) {
	dsn, err := parseExport([]byte("export " + dsnEnv + "='host=/tmp/x port=5432 user=lnet dbname=lnet'\n"))
	require.NoError(t, err)
	require.Equal(t, "host=/tmp/x port=5432 user=lnet dbname=lnet", dsn)
	_, err = parseExport([]byte("postgres: something went wrong\n"))
	require.Error(t, err)
}
