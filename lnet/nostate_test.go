package lnet

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/internal/pkgstate"
)

// TestNoGlobalState fails if the package exports a variable other than a sentinel error: a
// table that defines behaviour must be a function or unexported, so that no caller can change
// it for every other.
func TestNoGlobalState(t *testing.T) {
	vars, err := pkgstate.ExportedVars(".")
	require.NoError(t, err)
	assert.Empty(t, vars, "exported package variables: make them functions or unexported")
}
