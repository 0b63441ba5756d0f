package sdk_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// imports returns the import paths of the non-test Go files of the package in dir and of
// the packages below it (internal ones included).
func imports(t *testing.T, dir string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			p, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				return err
			}
			out[p] = true
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

// The layering: lnet at the bottom; allocation, eligibility and calendar on it and never on
// each other; none of them on this package, which composes them.
func TestLayering(t *testing.T) {
	const mod = "github.com/laeringsnettverk/sdk"
	layers := map[string][]string{
		"lnet":        {mod, mod + "/allocation", mod + "/eligibility", mod + "/calendar"},
		"allocation":  {mod, mod + "/eligibility", mod + "/calendar"},
		"eligibility": {mod, mod + "/allocation", mod + "/calendar"},
		"calendar":    {mod, mod + "/allocation", mod + "/eligibility"},
	}
	for dir, forbidden := range layers {
		got := imports(t, dir)
		require.NotEmpty(t, got, dir)
		for _, f := range forbidden {
			assert.False(t, got[f], "%s imports %s", dir, f)
		}
	}
	// The check can fail: it finds the import of this package in examples/round.
	assert.True(t, imports(t, filepath.Join("examples", "round"))[mod])
}
