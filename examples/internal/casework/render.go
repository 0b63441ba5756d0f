package casework

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// WriteCall writes the call: the pot per scheme, the application deadlines as the calendar
// resolved them, and the spend-by dates.
func WriteCall(w *Writer, r *sdk.Round) {
	w.Section("Rammer og frister (pots and deadlines)")
	w.Printf("Kilde (source): %s\n\n", r.Call.Source)
	t := Table{Indent: "  ", Header: []string{"Ordning (scheme)", "Skjema", "Ramme (pot)"}, Right: []int{2}}
	for _, sc := range r.Call.Schemes {
		t.Row(sc.Scheme.Norwegian(), sc.Scheme.Form(), Kroner(sc.Pot))
	}
	t.Render(w)
	w.Println()
	for _, s := range schemes(r) {
		d := r.Deadlines[s]
		w.Printf("  Søknadsfrist (deadline), %s: %s\n", s.Form(), calendar.NorwegianDate(d.Due))
		w.Printf("    %s\n", d.Norwegian())
	}
	for _, s := range schemes(r) {
		d := r.SpendBy[s]
		w.Printf("  Midlene brukes innen (spend by), %s: %s\n", s.Form(), calendar.NorwegianDate(d.Due))
	}
}

// schemes returns the schemes of the round's call, in the call's order.
func schemes(r *sdk.Round) []lnet.Scheme {
	out := make([]lnet.Scheme, len(r.Call.Schemes))
	for i, sc := range r.Call.Schemes {
		out[i] = sc.Scheme
	}
	return out
}

// WriteCases writes the applications with the outcome of their eligibility reports, the
// reasons for refusals and the waivers that applied, and the office's priority of each
// application (priorities, by application id).
func WriteCases(w *Writer, r *sdk.Round, reg *lnet.Register, priorities map[lnet.ApplicationID]int64) {
	w.Section("Søknader og vurdering (applications and eligibility)")
	w.Printf("Vurdert etter %s (%s). Vekt = omsøkt beløp × prioritet (weight = requested × priority).\n\n",
		r.Edition.In(lnet.Bokmal), r.Edition.In(lnet.English))
	for _, c := range r.Cases {
		a := c.Application
		p, _ := c.Network.ProjectFor(a)
		w.Printf("  %s\n", a.ID)
		w.Printf("    Prosjekt:      «%s» (%s)\n", p.Title, a.Scheme.Form())
		w.Printf("    Nettverk:      %s\n", c.Network.Name)
		host := "ikke avklart (not decided)"
		if p.HostDecided() {
			host = Municipality(reg, p.Host, r.Deadlines[a.Scheme].Deadline.Date)
		}
		w.Printf("    Vertskommune:  %s\n", host)
		if len(p.OtherServices) > 0 {
			w.Printf("    Andre tjenester (other services): %s\n", strings.Join(p.OtherServices, ", "))
		}
		sent := "ikke sendt"
		if a.Submitted != nil {
			sent = a.Submitted.String()
		}
		w.Printf("    Omsøkt:        %s av %s (egenandel %s), sendt %s, prioritet %d\n",
			Kroner(a.Requested), Kroner(a.TotalCost), KronerOf(a.OwnContribution()), sent, priorities[a.ID])
		w.Printf("    Vurdering:     %s\n", verdict(c))
		for _, f := range c.Waived {
			w.Printf("      unntak (waived) %s: %s\n", f.Rule(), sdk.FindingNote(f, lnet.Bokmal))
		}
		if c.Allocation.Refused != "" {
			for _, reason := range strings.Split(c.Allocation.Refused, "; ") {
				w.Printf("      avslag (refused) %s\n", reason)
			}
		}
		for _, f := range c.Report.Findings {
			if (f.Status() == eligibility.Failed || f.Status() == eligibility.Noted) && f.Severity() != eligibility.Requirement {
				more := ""
				if n := len(f.Evidence()) - 1; n > 0 {
					more = fmt.Sprintf(" (og %d til)", n)
				}
				w.Printf("      merknad (%s) %s: %s%s\n", f.Severity().In(lnet.Bokmal), f.Rule(), sdk.FindingNote(f, lnet.Bokmal), more)
			}
		}
	}
	if len(r.Waivers) > 0 {
		w.Println()
		w.Println("  Unntak embetet har gjort (waivers, illustrative):")
		for _, wv := range r.Waivers {
			w.Printf("    %s: %s\n", wv.Rule, wv.Reason)
		}
	}
}

// verdict sums a case up in one line.
func verdict(c sdk.Case) string {
	req := 0
	passed := 0
	for _, f := range c.Report.Findings {
		if f.Severity() == eligibility.Requirement && f.Status() != eligibility.NotApplicable {
			req++
			if f.Status() == eligibility.Passed {
				passed++
			}
		}
	}
	switch {
	case c.Allocation.Refused != "":
		return fmt.Sprintf("avslås (refused): %d av %d krav oppfylt", passed, req)
	case len(c.Waived) > 0:
		return fmt.Sprintf("tas med i fordelingen med unntak (included with waivers): %d av %d krav oppfylt", passed, req)
	}
	return fmt.Sprintf("tas med i fordelingen (included): alle %d krav oppfylt", req)
}

// WriteAllocations writes the allocation of each scheme's pot: one row per application
// with its cap, weight, share of the key, exact quota and amount, and the totals.
func WriteAllocations(w *Writer, r *sdk.Round) {
	for _, sc := range r.Call.Schemes {
		s := sc.Scheme
		res := r.Results[s]
		w.Section(fmt.Sprintf("Fordeling (allocation): %s, %s", s.Norwegian(), s.Form()))
		if res.Len() == 0 {
			w.Printf("Ingen søknad kan få midler; hele rammen på %s er ikke fordelt.\n", Kroner(sc.Pot))
			w.Println("(No application can be granted money; the whole pot is left undistributed.)")
			continue
		}
		w.Printf("Ramme %s, enhet %s (illustrativ), %s; tak = omsøkt beløp (cap = requested).\n\n",
			Kroner(res.Pot), Kroner(res.Unit), res.Method.Norwegian())
		t := Table{Indent: "  ",
			Header: []string{"Søknad", "Omsøkt (tak)", "Vekt", "Andel", "Kvote (kr)", "Tildelt", "Merknad"},
			Right:  []int{1, 2, 3, 4, 5}}
		for _, sh := range res.Shares() {
			var notes []string
			if sh.Capped {
				notes = append(notes, "tak nådd (capped)")
			}
			if sh.Floored {
				notes = append(notes, "gulv (floor)")
			}
			if sh.RemainderUnit {
				notes = append(notes, "restenhet nr. "+strconv.Itoa(sh.RemainderRank)+" (remainder unit)")
			}
			requested := "–"
			if sh.Cap != nil {
				requested = Kroner(*sh.Cap)
			}
			t.Row(sh.ID, requested, Weight(sh.Weight), Percent(sh.KeyShare), Quota(sh.Quota), KronerOf(sh.Amount()), strings.Join(notes, ", "))
		}
		for _, ref := range res.Refused {
			t.Row(ref.ID, Kroner(ref.Requested), "", "", "", Kroner(ref.Amount), "avslått (refused)")
		}
		t.Render(w)
		w.Println()
		sums := Table{Indent: "  ", Header: []string{"", ""}, Right: []int{1}}
		sums.Row("Fordelt (allocated)", Kroner(res.Allocated))
		sums.Row("Rest under én enhet (residue)", Kroner(res.Residue))
		sums.Row("Ikke fordelt, alle tak nådd (unallocated)", Kroner(res.Unallocated))
		sums.Render(w)
	}
}

// WriteGrants writes the grants of the round with their spend-by dates and the time limit
// for an appeal, reckoned from the day of the decision.
func WriteGrants(w *Writer, r *sdk.Round) error {
	w.Section("Tilskudd (grants)")
	appeal := r.Appeal
	w.Printf("Vedtak (decision) %s (illustrativt). Klagefrist (appeal by) %s, tre uker etter at vedtaket er mottatt, her regnet fra vedtaksdagen.\n\n",
		calendar.NorwegianDate(r.Call.Decided), calendar.NorwegianDate(appeal.Due))
	t := Table{Indent: "  ", Header: []string{"Tilskudd", "Skjema", "Beløp", "Brukes innen"}, Right: []int{2}}
	total := map[lnet.Scheme]lnet.NOK{}
	for _, g := range r.Grants {
		t.Row(string(g.ID), g.Scheme.Form(), Kroner(g.Amount), g.SpendBy.String())
		sum, err := total[g.Scheme].Add(g.Amount)
		if err != nil {
			return fmt.Errorf("grants of %s: %w", g.Scheme, err)
		}
		total[g.Scheme] = sum
	}
	t.Render(w)
	w.Println()
	for _, sc := range r.Call.Schemes {
		w.Printf("  Sum %s: %s av %s\n", sc.Scheme.Form(), Kroner(total[sc.Scheme]), Kroner(sc.Pot))
	}
	return nil
}
