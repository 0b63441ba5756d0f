package lnet

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// offices.csv holds at most maxOfficeRows rows.
func TestParseOfficesRowLimit(t *testing.T) {
	rows := func(n int) []byte {
		var b strings.Builder
		b.WriteString("id,name,valid_from,valid_to,counties\n")
		for i := range n {
			fmt.Fprintf(&b, "office-%d,X,2019-01-01,,46\n", i)
		}
		return []byte(b.String())
	}
	defs, err := parseOffices(rows(maxOfficeRows))
	require.NoError(t, err)
	assert.Len(t, defs, maxOfficeRows)
	_, err = parseOffices(rows(maxOfficeRows + 1))
	assert.ErrorContains(t, err, "more than 1000 rows")
}
