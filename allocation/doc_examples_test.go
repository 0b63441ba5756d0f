package allocation_test

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
)

// Every JSON request shown in the package documentation decodes and allocates, and together
// they show every shape: recipients, pots, key and applications.
func TestDocRequests(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	require.NoError(t, err)
	var blocks []string
	var cur []string
	for _, line := range strings.Split(f.Doc.Text(), "\n") {
		if strings.HasPrefix(line, "\t") {
			cur = append(cur, line)
			continue
		}
		if len(cur) > 0 {
			blocks = append(blocks, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	var requests []string
	for _, b := range blocks {
		if strings.HasPrefix(strings.TrimSpace(b), "{") {
			requests = append(requests, b)
		}
	}
	require.Len(t, requests, 4)
	shapes := map[string]bool{}
	for _, r := range requests {
		req, err := allocation.DecodeRequest(strings.NewReader(r))
		require.NoError(t, err, r)
		_, err = req.Allocate()
		require.NoError(t, err, r)
		switch {
		case req.Applications != nil:
			shapes["applications"] = true
		case req.Key != nil:
			shapes["key"] = true
		case req.Pots != nil:
			shapes["pots"] = true
		default:
			shapes["recipients"] = true
		}
	}
	assert.Len(t, shapes, 4, "%v", shapes)
}
