package giving360

import "encoding/json"

// tree returns the package as the generic JSON value it marshals to, for the checker. Where
// marshalling would hide a problem the tree keeps it: an amount that is not a number literal
// becomes a string (a "type" violation), an empty required amount is left out (a "required"
// violation) rather than written as 0, and a nil list is null (a "type" violation).
func (p Package) tree() any {
	m := map[string]any{}
	if p.Version != "" {
		m["version"] = p.Version
	}
	if p.Grants == nil {
		m["grants"] = nil
	} else {
		grants := make([]any, len(p.Grants))
		for i, g := range p.Grants {
			grants[i] = g.tree()
		}
		m["grants"] = grants
	}
	return m
}

func (g Grant) tree() map[string]any {
	m := map[string]any{
		"id":          g.ID,
		"title":       g.Title,
		"description": g.Description,
		"currency":    g.Currency,
		"awardDate":   g.AwardDate,
	}
	amount(m, "amountAwarded", g.AmountAwarded)
	amount(m, "amountAppliedFor", g.AmountAppliedFor)
	if g.PlannedDates != nil {
		list := make([]any, len(g.PlannedDates))
		for i, e := range g.PlannedDates {
			em := map[string]any{}
			optional(em, "startDate", e.StartDate)
			optional(em, "endDate", e.EndDate)
			list[i] = em
		}
		m["plannedDates"] = list
	}
	if g.RecipientOrganization != nil {
		m["recipientOrganization"] = organizations(g.RecipientOrganization)
	}
	if g.RecipientIndividual != nil {
		m["recipientIndividual"] = map[string]any{"id": g.RecipientIndividual.ID, "name": g.RecipientIndividual.Name}
	}
	if g.FundingOrganization == nil {
		m["fundingOrganization"] = nil
	} else {
		m["fundingOrganization"] = organizations(g.FundingOrganization)
	}
	if g.GrantProgramme != nil {
		list := make([]any, len(g.GrantProgramme))
		for i, gp := range g.GrantProgramme {
			pm := map[string]any{}
			optional(pm, "code", gp.Code)
			optional(pm, "title", gp.Title)
			list[i] = pm
		}
		m["grantProgramme"] = list
	}
	if g.BeneficiaryLocation != nil {
		list := make([]any, len(g.BeneficiaryLocation))
		for i, l := range g.BeneficiaryLocation {
			lm := map[string]any{}
			optional(lm, "name", l.Name)
			optional(lm, "countryCode", l.CountryCode)
			optional(lm, "geoCode", l.GeoCode)
			list[i] = lm
		}
		m["beneficiaryLocation"] = list
	}
	optional(m, "dataSource", g.DataSource)
	optional(m, "dateModified", g.DateModified)
	return m
}

func organizations(orgs []Organization) []any {
	list := make([]any, len(orgs))
	for i, o := range orgs {
		om := map[string]any{"id": o.ID, "name": o.Name}
		optional(om, "department", o.Department)
		list[i] = om
	}
	return list
}

func amount(m map[string]any, key string, n json.Number) {
	switch {
	case n == "":
	case validNumber(string(n)):
		m[key] = n
	default:
		m[key] = string(n)
	}
}

func optional(m map[string]any, key, value string) {
	if value != "" {
		m[key] = value
	}
}
