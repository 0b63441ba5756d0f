package eligibility

import (
	"fmt"
	"sort"

	"github.com/laeringsnettverk/sdk/lnet"
)

// The application rules run for every application of a batch, so their common outcomes keep
// the values of their notes and render them when asked for (see evidence); the rare ones
// render their notes when they run.

func checkApplicant(c Case) outcome {
	a, n := c.Application, c.Network
	var out []evidence
	failed := false
	if a.Network != n.ID {
		failed = true
		out = append(out, c.ev("network", string(a.Network),
			fmt.Sprintf("Søknaden er fra nettverket «%s», ikke «%s».", lit(string(a.Network)), lit(string(n.ID))),
			fmt.Sprintf("Søknaden er frå nettverket «%s», ikkje «%s».", lit(string(a.Network)), lit(string(n.ID))),
			fmt.Sprintf("The application is from network «%s», not «%s».", lit(string(a.Network)), lit(string(n.ID)))))
	}
	follows := c.office(n.Office)
	if a.Office != n.Office {
		failed = true
		to := c.office(a.Office)
		out = append(out, c.ev("office", string(a.Office),
			fmt.Sprintf("Søknaden er sendt til %s, men nettverket følges opp av %s.", to.NB, follows.NB),
			fmt.Sprintf("Søknaden er send til %s, men nettverket blir følgt opp av %s.", to.NN, follows.NN),
			fmt.Sprintf("The application is sent to the %s, but the network is followed up by the %s.", to.EN, follows.EN)))
	}
	if failed {
		return c.result(Failed, out...)
	}
	return c.result(Passed, c.worded(follows, func() Evidence {
		name := lit(n.Name)
		return Evidence{Path: "network", Value: string(a.Network), Note: Msg("«"+name+"», fulgt opp av "+follows.NB+".",
			"«"+name+"», følgt opp av "+follows.NN+".", "«"+name+"», followed up by the "+follows.EN+".")}
	}))
}

func checkApplicationProject(c Case) outcome {
	a := c.Application
	if c.Project == nil {
		return c.result(Failed, c.ev("project", string(a.Project),
			fmt.Sprintf("Nettverket har ikke prosjektet %s.", litq(string(a.Project))),
			fmt.Sprintf("Nettverket har ikkje prosjektet %s.", litq(string(a.Project))),
			fmt.Sprintf("The network has no project %s.", litq(string(a.Project)))))
	}
	p := c.Project
	if p.Scheme != a.Scheme {
		pnb, pnn, pen := schemeName(p.Scheme)
		anb, ann, aen := schemeName(a.Scheme)
		return c.result(Failed, c.ev("scheme", a.Scheme.String(),
			fmt.Sprintf("Søknaden gjelder «%s», men prosjektet hører til «%s».", anb, pnb),
			fmt.Sprintf("Søknaden gjeld «%s», men prosjektet høyrer til «%s».", ann, pnn),
			fmt.Sprintf("The application is under «%s», but the project belongs to «%s».", aen, pen)))
	}
	return c.result(Passed, c.worded(p, func() Evidence {
		t := lit(p.Title)
		return Evidence{Path: "project", Value: string(a.Project), Note: Msg("Prosjekt «"+t+"».", "Prosjekt «"+t+"».", "Project «"+t+"».")}
	}))
}

func checkProjectStage(c Case) outcome {
	p := c.Project
	if p == nil {
		return c.result(NotApplicable, c.ev("", "", "Søknaden gjelder ikke et av nettverkets prosjekter (se APP-PROJECT).",
			"Søknaden gjeld ikkje eit av prosjekta til nettverket (sjå APP-PROJECT).",
			"The application is not for one of the network's projects (see APP-PROJECT)."))
	}
	status := Passed
	if !p.Started() {
		status = Noted
	}
	// Made once per project in a batch: the text depends on the project alone.
	return c.result(status, c.worded(stageKey{p}, func() Evidence { return projectStage(p) }))
}

// stageKey keys the APP-PROJECT-STAGE fact of a project in a batch.
type stageKey struct{ p *lnet.Project }

// projectStage is the fact of APP-PROJECT-STAGE: the project's status, and what it means.
func projectStage(p *lnet.Project) Evidence {
	t := lit(p.Title)
	switch {
	case p.Status == 0:
		return Evidence{Path: "project.status", Note: Msg(
			"Prosjektet «"+t+"» har ingen oppgitt status og regnes som igangsatt.",
			"Prosjektet «"+t+"» har ingen oppgitt status og blir rekna som sett i gang.",
			"The project «"+t+"» has no stated status and counts as started.")}
	case p.Started():
		return Evidence{Path: "project.status", Value: p.Status.String(), Note: Msg(
			"Prosjektet «"+t+"» er igangsatt.",
			"Prosjektet «"+t+"» er sett i gang.",
			"The project «"+t+"» has been started.")}
	}
	return Evidence{Path: "project.status", Value: p.Status.String(), Note: Msg(
		"Prosjektet «"+t+"» er ikke satt i gang ("+p.Status.Norwegian()+"); embetet vurderer om det kan få midler nå.",
		"Prosjektet «"+t+"» er ikkje sett i gang ("+p.Status.Nynorsk()+"); embetet vurderer om det kan få midlar no.",
		"The project «"+t+"» has not been started ("+p.Status.English()+"); the office judges whether it can get money now.")}
}

func checkApplicationScheme(c Case) outcome {
	s := c.Application.Scheme
	nb, nn, en := schemeName(s)
	if !c.Edition.HasScheme(s) {
		return c.result(Failed, c.ev("scheme", s.String(),
			fmt.Sprintf("Ordningen «%s» finnes ikke i %s.", nb, c.Edition.In(lnet.Bokmal)),
			fmt.Sprintf("Ordninga «%s» finst ikkje i %s.", nn, c.Edition.In(lnet.Nynorsk)),
			fmt.Sprintf("The scheme «%s» is not part of %s.", en, c.Edition.In(lnet.English))))
	}
	if y := c.Application.Year; y < s.FirstYear() {
		return c.result(Failed, c.ev("year", fmt.Sprint(y),
			fmt.Sprintf("Ordningen «%s» finnes fra %d.", nb, s.FirstYear()),
			fmt.Sprintf("Ordninga «%s» finst frå %d.", nn, s.FirstYear()),
			fmt.Sprintf("The scheme «%s» exists from %d.", en, s.FirstYear())))
	}
	return c.result(Passed, lazyEv(noteAppScheme, int64(s)))
}

func checkPartCost(c Case) outcome {
	a := c.Application
	req, total := a.Requested, a.TotalCost
	main := lazyEv(notePartCost, req.Ore(), total.Ore())
	if _, err := a.OwnContribution(); err != nil { // beyond any amount: said without it
		reqNB, reqEN := kroner(req)
		totalNB, totalEN := kroner(total)
		main = c.ev("requested", req.String(),
			"Søkt "+reqNB+" av totalkostnad "+totalNB+".",
			"Søkt "+reqNB+" av totalkostnad "+totalNB+".",
			"Requested "+reqEN+" of total cost "+totalEN+".")
	}
	if req.Sign() > 0 && req.Cmp(total) < 0 {
		return c.result(Passed, main)
	}
	return c.result(Noted, main, lazyEv(noteWholeCost))
}

func checkCostUse(c Case) outcome {
	a := c.Application
	if len(a.Budget) == 0 {
		return c.result(NotApplicable, c.ev("", "", "Budsjettet er ikke spesifisert; retningslinjene krever ikke det.", "Budsjettet er ikkje spesifisert; retningslinjene krev ikkje det.", "The budget is not itemised; the guidelines do not require it."))
	}
	if o, ok := costUseFast(c); ok {
		return o
	}
	by, err := a.BudgetByCategory()
	if err != nil {
		return c.result(Failed, c.ev("budget", "", "Budsjettlinjene summerer til mer enn det største beløpet SDK-et kan regne med.",
			"Budsjettlinjene summerer til meir enn det største beløpet SDK-et kan rekne med.",
			"The budget lines add up to more than the largest amount the SDK computes with."))
	}
	cats := make([]lnet.BudgetCategory, 0, len(by))
	for k := range by {
		cats = append(cats, k)
	}
	sort.Slice(cats, func(i, j int) bool { return cats[i] < cats[j] })
	out := c.b.evidence(len(cats))
	for _, k := range cats {
		l := by[k]
		nb, nn, en := k.Norwegian(), k.Nynorsk(), k.English()
		if !k.Valid() {
			nb, nn, en = "uten kategori", "utan kategori", "no category"
		}
		rNB, rEN := kroner(l.Requested)
		cNB, cEN := kroner(l.Cost)
		out = append(out, c.ev("budget", k.String(), capitalize(nb)+": søkt "+rNB+" av "+cNB+".", capitalize(nn)+": søkt "+rNB+" av "+cNB+".", capitalize(en)+": requested "+rEN+" of "+cEN+"."))
	}
	return outcome{Passed, out}
}

// maxCategories bounds the budget categories costUseFast sums in place; lnet has fewer.
const maxCategories = 16

// costUseFast is checkCostUse for a budget whose lines are whole numbers of øre, in at most
// maxCategories categories, that add up without overflow: the sums per category in order,
// in øre, without a map. ok is false for any other budget.
func costUseFast(c Case) (o outcome, ok bool) {
	var req, cost [maxCategories]int64
	var seen [maxCategories]bool
	const limit = 1 << 60 // far from overflow: a sum of lines of at most 16 digits each
	n := 0
	for _, l := range c.Application.Budget {
		k := int(l.Category)
		if k < 0 || k >= maxCategories {
			return outcome{}, false
		}
		req[k] += l.Requested.Ore()
		cost[k] += l.Cost.Ore()
		if req[k] > limit || req[k] < -limit || cost[k] > limit || cost[k] < -limit {
			return outcome{}, false
		}
		if !seen[k] {
			seen[k] = true
			n++
		}
	}
	out := c.b.evidence(n)
	for k := range seen {
		if !seen[k] {
			continue
		}
		out = append(out, lazyEv(noteBudget, int64(k), req[k], cost[k]))
	}
	return outcome{Passed, out}, true
}

func checkDevelopmentCost(c Case) outcome {
	a := c.Application
	if len(a.Budget) == 0 {
		return c.result(NotApplicable, c.ev("", "", "Budsjettet er ikke spesifisert.", "Budsjettet er ikkje spesifisert.", "The budget is not itemised."))
	}
	var other []evidence
	for i, l := range a.Budget {
		if l.Category != lnet.BudgetOther {
			continue
		}
		rNB, rEN := kroner(l.Requested)
		d := ""
		if l.Description != "" {
			d = " «" + lit(l.Description) + "»"
		}
		other = append(other, c.ev(idx("budget", i), l.Requested.String(),
			"Andre kostnader"+d+": søkt "+rNB+". Embetet vurderer om dette er utvikling eller drift.",
			"Andre kostnader"+d+": søkt "+rNB+". Embetet vurderer om dette er utvikling eller drift.",
			"Other costs"+d+": requested "+rEN+". The office judges whether this is development or running costs."))
	}
	if len(other) > 0 {
		return outcome{Noted, other}
	}
	return c.result(Passed, lazyEv(noteDevelopment))
}

func checkDeadline(c Case) outcome {
	a := c.Application
	if c.Deadline == nil {
		return c.result(NotApplicable, c.ev("", "", "Ingen søknadsfrist er oppgitt for vurderingen.", "Ingen søknadsfrist er oppgitt for vurderinga.", "No application deadline was given for the evaluation."))
	}
	if a.Submitted == nil {
		d := isoDate(*c.Deadline)
		return c.result(Failed, c.ev("submitted", "", "Søknaden er ikke sendt; fristen er "+d+".", "Søknaden er ikkje send; fristen er "+d+".", "The application has not been submitted; the deadline is "+d+"."))
	}
	kind := noteDeadlineMet
	status := Passed
	if *a.Submitted > *c.Deadline {
		kind, status = noteDeadlineAfter, Failed
	}
	return c.result(status, lazyEv(kind, int64(*a.Submitted), int64(*c.Deadline)))
}
