package pkgstate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExportedVarsFindsKnobsButNotSentinelErrors(t *testing.T) {
	dir := t.TempDir()
	src := `package p

import "errors"

var (
	ErrBad = errors.New("bad")
	Table  = []string{"a"}
	hidden = 1
)

var Knob, other = 2, 3

func F() int { var Local = 1; return Local }
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p_test.go"), []byte("package p\n\nvar InTest = 1\n"), 0o644))
	got, err := ExportedVars(dir)
	require.NoError(t, err)
	assert.Equal(t, []string{"p.go:11 Knob", "p.go:7 Table"}, got)
}

func TestExportedVarsNeedsGoFiles(t *testing.T) {
	_, err := ExportedVars(t.TempDir())
	assert.Error(t, err)
}

// publicPackages are the directories, relative to the module root, of the packages a caller
// imports (the same list the doc check uses).
var publicPackages = []string{".", "lnet", "lnet/geodata", "data", "allocation", "eligibility", "calendar", "giving360", "schema"}

// TestNoGlobalState fails if a public package exports a variable other than a sentinel
// error: a table that defines behaviour must be a function or unexported, so that no caller
// can change it for every other.
func TestNoGlobalState(t *testing.T) {
	for _, dir := range publicPackages {
		t.Run(dir, func(t *testing.T) {
			vars, err := ExportedVars(filepath.Join("..", "..", dir))
			require.NoError(t, err)
			assert.Empty(t, vars, "exported package variables in %s: make them functions or unexported", dir)
		})
	}
}
