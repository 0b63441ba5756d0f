package eligibility_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/internal/hostile"
	"github.com/laeringsnettverk/sdk/lnet"
)

// TestHostileReport: a report document nested 100 000 levels deep, or of 10 MB of empty
// findings or evidence, is refused before it is decoded, with little memory and no panic.
func TestHostileReport(t *testing.T) {
	const size = 10 << 20
	deep := strings.Repeat("[", 100_000)
	for _, tc := range []struct {
		name, doc string
		limited   bool // refused by the shape check, with a field error naming the place
	}{
		{"nested arrays", deep, false},
		{"nested in findings", `{"findings":` + deep, false},
		{"nested objects", strings.Repeat(`{"a":`, 100_000), false},
		{"empty findings", hostile.RepeatTo(size, `{"edition":"2019","findings":[`, `{}`, `]}`), true},
		{"empty evidence", hostile.RepeatTo(size, `{"findings":[{"rule":"x","evidence":[`, `{}`, `]}]}`), true},
		{"nested within the JSON limit", strings.Repeat("[", 9_000) + strings.Repeat("]", 9_000), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.doc)
			var err error
			used, p := hostile.Allocated(func() {
				var r eligibility.Report
				err = json.Unmarshal(data, &r)
			})
			require.Nil(t, p)
			require.Error(t, err)
			if tc.limited {
				var fe *lnet.FieldError
				require.True(t, errors.As(err, &fe), "%T %v", err, err)
				assert.ErrorIs(t, err, lnet.ErrInvalidModel)
				assert.True(t, strings.HasPrefix(fe.Path, "report"), fe.Path)
			}
			assert.Less(t, used, uint64(2*len(data))+1<<20, "%d bytes allocated for %d bytes", used, len(data))
		})
	}
}

// TestHostileReportScalars: huge numbers and dates in the fields of a report and of the
// application and network it evaluates are refused or read without building them.
func TestHostileReportScalars(t *testing.T) {
	n, a := freshNetwork(2019), freshApplication(lnet.SchemeFosterHome, 2019)
	for _, s := range []string{"1e999999999", "-1e999999999", "1e-999999999", strings.Repeat("9", 10_000), "99999999999999999999-12-31"} {
		for _, lit := range []string{s, `"` + s + `"`} {
			docs := []string{
				fmt.Sprintf(`{"edition":%s,"findings":[]}`, lit),
				fmt.Sprintf(`{"findings":[{"rule":"x","severity":%s}]}`, lit),
				fmt.Sprintf(`{"findings":[{"rule":"x","evidence":[{"amount":%s}]}]}`, lit),
				fmt.Sprintf(`{"date":%s,"findings":[]}`, lit),
				fmt.Sprintf(`{"grant_year":%s,"findings":[]}`, lit),
				fmt.Sprintf(`{"data":{"year":%s,"classification_from":%s,"structure_date":%s},"findings":[]}`, lit, lit, lit),
			}
			for _, doc := range docs {
				used, p := hostile.Allocated(func() {
					var r eligibility.Report
					_ = json.Unmarshal([]byte(doc), &r)
				})
				require.Nil(t, p)
				assert.Less(t, used, uint64(1<<20), "%.60s: %d bytes", doc, used)
			}
			if !json.Valid([]byte(lit)) {
				continue // a bare date is not JSON
			}
			for _, field := range []string{"requested", "total_cost", "year", "submitted"} {
				b, err := json.Marshal(a)
				require.NoError(t, err)
				var m map[string]json.RawMessage
				require.NoError(t, json.Unmarshal(b, &m))
				m[field] = json.RawMessage(lit)
				b, err = json.Marshal(m)
				require.NoError(t, err)
				used, p := hostile.Allocated(func() {
					var app lnet.Application
					if json.Unmarshal(b, &app) == nil {
						_, _ = eligibility.EvaluateApplication(app, n)
					}
				})
				require.Nil(t, p)
				assert.Less(t, used, uint64(4<<20), "application %s = %.40s: %d bytes", field, lit, used)
			}
		}
	}
}
