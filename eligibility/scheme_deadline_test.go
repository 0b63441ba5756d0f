package eligibility_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Each application is checked against the deadline of its own scheme, in one batch; a
// scheme without a deadline of its own falls back to WithDeadline.
func TestWithSchemeDeadline(t *testing.T) {
	n := freshNetwork(2019)
	self, foster := freshApplication(lnet.SchemeSelfInitiated, 2019), freshApplication(lnet.SchemeFosterHome, 2019)
	sent := date.New(2019, time.September, 10)
	self.Submitted, foster.Submitted = &sent, &sent
	early, late := date.New(2019, time.September, 1), date.New(2019, time.October, 1)
	for _, tc := range []struct {
		name             string
		opts             []eligibility.Option
		selfWant, foster eligibility.Status
	}{
		{"none", nil, eligibility.NotApplicable, eligibility.NotApplicable},
		{"one for all", []eligibility.Option{eligibility.WithDeadline(early)}, eligibility.Failed, eligibility.Failed},
		{"per scheme", []eligibility.Option{
			eligibility.WithSchemeDeadline(lnet.SchemeSelfInitiated, early),
			eligibility.WithSchemeDeadline(lnet.SchemeFosterHome, late)}, eligibility.Failed, eligibility.Passed},
		{"per scheme wins over the batch deadline, either order", []eligibility.Option{
			eligibility.WithSchemeDeadline(lnet.SchemeFosterHome, late), eligibility.WithDeadline(early)}, eligibility.Failed, eligibility.Passed},
		{"the last date for a scheme counts", []eligibility.Option{
			eligibility.WithSchemeDeadline(lnet.SchemeFosterHome, early),
			eligibility.WithSchemeDeadline(lnet.SchemeFosterHome, late)}, eligibility.NotApplicable, eligibility.Passed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reports, err := eligibility.EvaluateApplications([]lnet.Application{self, foster}, n, tc.opts...)
			require.NoError(t, err)
			assert.Equal(t, tc.selfWant, statusOf(t, reports[0], "APP-DEADLINE"), "self-initiated")
			assert.Equal(t, tc.foster, statusOf(t, reports[1], "APP-DEADLINE"), "foster home")
			for i, app := range []lnet.Application{self, foster} {
				one, err := eligibility.EvaluateApplication(app, n, tc.opts...)
				require.NoError(t, err)
				assert.Equal(t, statusOf(t, reports[i], "APP-DEADLINE"), statusOf(t, one, "APP-DEADLINE"), "batch and single agree")
			}
		})
	}
}

func TestWithSchemeDeadlineInvalidScheme(t *testing.T) {
	_, err := eligibility.EvaluateApplication(freshApplication(lnet.SchemeSelfInitiated, 2019), freshNetwork(2019),
		eligibility.WithSchemeDeadline(lnet.Scheme(99), date.New(2019, 9, 1)))
	require.ErrorIs(t, err, eligibility.ErrInvalidValue)
	assert.ErrorContains(t, err, "scheme 99")
}

// An office whose call has one deadline per scheme checks a batch of applications in one
// call.
func ExampleWithSchemeDeadline() {
	network := freshNetwork(2019)
	apps := []lnet.Application{
		freshApplication(lnet.SchemeSelfInitiated, 2019),
		freshApplication(lnet.SchemeFosterHome, 2019),
	}
	sent := date.New(2019, time.September, 10)
	for i := range apps {
		apps[i].Submitted = &sent
	}
	reports, err := eligibility.EvaluateApplications(apps, network,
		eligibility.WithSchemeDeadline(lnet.SchemeSelfInitiated, date.New(2019, time.September, 1)),
		eligibility.WithSchemeDeadline(lnet.SchemeFosterHome, date.New(2019, time.October, 1)))
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, r := range reports {
		f, _ := r.Finding("APP-DEADLINE")
		fmt.Println(apps[i].Scheme, f.Status())
	}
	// Output:
	// self_initiated failed
	// foster_home passed
}
