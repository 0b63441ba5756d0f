package eligibility

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestTerm(t *testing.T) {
	before, from := date.New(2022, time.December, 31), date.New(2023, time.January, 1)
	for _, tc := range []struct{ in, want string }{
		{"barneverntjeneste", "barnevernstjeneste"},
		{"barneverntjenesten", "barnevernstjenesten"},
		{"barneverntjenester", "barnevernstjenester"},
		{"barneverntjenestene", "barnevernstjenestene"},
		{"barneverntjenestens ledelse", "barnevernstjenestens ledelse"},
		{"Barneverntjenesten i Kvam", "Barnevernstjenesten i Kvam"},
		{"3 barneverntjenester dekker 4 kommuner.", "3 barnevernstjenester dekker 4 kommuner."},
		{"interkommunale barneverntjenester og barnevernet", "interkommunale barnevernstjenester og barnevernet"},
		// Already the new term, or not the term at all.
		{"barnevernstjenesten", "barnevernstjenesten"},
		{"barnevernleder, barnevernet, barnevernsreformen", "barnevernleder, barnevernet, barnevernsreformen"},
		// Quotations and model data keep their spelling.
		{"Ordlyden er «to eller flere barneverntjenester».", "Ordlyden er «to eller flere barneverntjenester»."},
		{"«a «barneverntjenesten» b» og barneverntjenesten", "«a «barneverntjenesten» b» og barnevernstjenesten"},
		{"Kommune 1238 (" + lit("Barneverntjenesten i Kvam") + ") i barneverntjenesten.", "Kommune 1238 (Barneverntjenesten i Kvam) i barnevernstjenesten."},
		{"unbalanced » barneverntjenesten", "unbalanced » barnevernstjenesten"},
		{"Kommune (" + lit("Kvam «nord") + ") i barneverntjenesten.", "Kommune (Kvam «nord) i barnevernstjenesten."},
		{"", ""},
	} {
		assert.Equal(t, tc.want, term(lnet.Bokmal, from, tc.in), tc.in)
		assert.Equal(t, tc.want, term(lnet.Bokmal, date.New(2026, time.December, 1), tc.in), tc.in)
		assert.Equal(t, stripMarks(tc.in), term(lnet.Bokmal, before, tc.in), "before 2023: %s", tc.in)
		assert.Equal(t, stripMarks(tc.in), term(lnet.Bokmal, 0, tc.in), "undated: %s", tc.in)
		assert.Equal(t, stripMarks(tc.in), term(lnet.English, from, tc.in), "English: %s", tc.in)
	}
	// Marks never survive, dated or not, and data that carries marks of its own loses them.
	for _, d := range []date.Date{0, before, from} {
		got := term(lnet.Bokmal, d, "x "+lit("a\uE000b\uE001c barneverntjeneste")+" y")
		assert.Equal(t, "x abc barneverntjeneste y", got)
	}
	assert.Equal(t, "Tittel", lit("Tittel"), "data term cannot touch is left unmarked")
	assert.Equal(t, "\uE000Tittel «x»\uE001", lit("Tittel «x»"))
	// Invalid UTF-8 passes through.
	assert.Equal(t, "\xff barnevernstjenesten", term(lnet.Bokmal, from, "\xff barneverntjenesten"))
}

func TestTermNynorsk(t *testing.T) {
	before, from := date.New(2022, time.December, 31), date.New(2023, time.January, 1)
	for _, tc := range []struct{ in, want string }{
		{"barnevernteneste", "barnevernsteneste"},
		{"barneverntenesta", "barnevernstenesta"},
		{"barneverntenester", "barnevernstenester"},
		{"barneverntenestene", "barnevernstenestene"},
		{"leiinga i barneverntenesta", "leiinga i barnevernstenesta"},
		{"Barneverntenesta i Kvam", "Barnevernstenesta i Kvam"},
		{"3 barneverntenester dekkjer 4 kommunar.", "3 barnevernstenester dekkjer 4 kommunar."},
		{"barnevernstenesta og barnevernet", "barnevernstenesta og barnevernet"},
		{"Ordlyden er «to eller fleire barneverntenester».", "Ordlyden er «to eller fleire barneverntenester»."},
		{"Kommune 1238 (" + lit("Barneverntenesta i Kvam") + ") i barneverntenesta.", "Kommune 1238 (Barneverntenesta i Kvam) i barnevernstenesta."},
		// The bokmål term in a nynorsk text is not the nynorsk term: left alone.
		{"barneverntjenesten", "barneverntjenesten"},
	} {
		assert.Equal(t, tc.want, term(lnet.Nynorsk, from, tc.in), tc.in)
		assert.Equal(t, stripMarks(tc.in), term(lnet.Nynorsk, before, tc.in), "before 2023: %s", tc.in)
		assert.Equal(t, stripMarks(tc.in), term(lnet.Nynorsk, 0, tc.in), "undated: %s", tc.in)
	}
}

func TestTermMessage(t *testing.T) {
	m := Msg("Barneverntjenesten "+lit("barneverntjenesten"), "Barneverntenesta "+lit("barneverntenesta"), "The child welfare service "+lit("x"))
	got := dated(m, date.New(2023, time.January, 1))
	assert.Equal(t, Msg("Barnevernstjenesten barneverntjenesten", "Barnevernstenesta barneverntenesta", "The child welfare service x"), got)
}

// A catalogue rule's check, run on its own through Rules (outside an evaluation), returns
// evidence without the marks set by lit.
func TestBuiltinCheckHasNoMarks(t *testing.T) {
	n := lnet.Network{Name: "N", Leader: &lnet.Leader{Service: "kvam", Title: "leder"},
		Decisions: []lnet.Decision{{Subject: lnet.DecisionLeader, Text: "tekst"}},
		Plan:      &lnet.Plan{Title: "Plan", Measures: []lnet.Measure{{ID: "m", Title: "Tiltak"}}},
		Projects:  []lnet.Project{{ID: "p", Title: "P", Measure: "m", OtherServices: []string{"helse"}}}}
	p := n.Projects[0]
	a := lnet.Application{Project: "p", Network: "x"}
	for _, r := range Rules() {
		o := r.Check(Case{Edition: Edition2022, Network: &n, Project: &p, Application: &a})
		for _, e := range o.Evidence {
			assert.False(t, strings.ContainsAny(e.Note.NB+e.Note.NN+e.Note.EN, "\uE000\uE001"), "%s: %q", r.Info().ID, e.Note)
		}
	}
}

// TestOreFormsAsNOK checks that the forms rendered from øre, which the application rules'
// evidence keeps, are those of the amount itself.
func TestOreFormsAsNOK(t *testing.T) {
	values := []int64{0, 1, -1, 5, -50, 99, 100, 101, -101, 12345, 100000, -2500050, 95000050, 99999999999999999, -99999999999999999}
	r := rand.New(rand.NewPCG(12, 1))
	for range 2000 {
		values = append(values, r.Int64N(2e17)-1e17)
	}
	for _, v := range values {
		n, err := lnet.NOKFromOre(v)
		if err != nil { // -1e17 is one øre past the bound
			continue
		}
		assert.Equal(t, n.String(), oreString(v), "%d", v)
		nb, en := kroner(n)
		gotNB, gotEN := kronerOre(v)
		assert.Equal(t, nb, gotNB, "%d", v)
		assert.Equal(t, en, gotEN, "%d", v)
		assert.Equal(t, n.Norwegian(), gotNB, "%d", v)
		assert.Equal(t, v, n.Ore())
	}
}
