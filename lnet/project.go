package lnet

import (
	"slices"
	"strings"
)

// ProjectID identifies a development project within the caller's data, e.g.
// "hoykonflikt-2018".
type ProjectID string

// Valid reports whether id is a well-formed id (1–64 bytes, no control characters or
// surrounding white space).
func (id ProjectID) Valid() bool { return idProblem(string(id)) == "" }

// Project is a development project (utviklingsprosjekt) of a learning network, under one of
// the two funding schemes, started from a measure of the network's plan. A project has a
// host municipality (vertskommune) that leads it, participating municipalities, competence
// partners, and the anchoring of each participant's leadership. Its status says whether it
// is an idea, being clarified or started; a project without a status is read as started
// (see [Project.Started]).
//
// Example from the sources: in September 2018 the Hordaland network worked on "Barnevernets
// rolle i høykonfliktsaker" (host Kvam; Fjell and Radøy taking part) and "Dokumentasjon av
// barnesamtaler" (with Høgskulen på Vestlandet; host to be settled by 25 September 2018).
type Project struct {
	// ID identifies the project; applications refer to it. Required.
	ID ProjectID `json:"id"`
	// Scheme is the funding scheme the project belongs to. Required.
	Scheme Scheme `json:"scheme"`
	// Title is the project's title. Required.
	Title string `json:"title"`
	// Description is free text. Optional.
	Description string `json:"description,omitempty"`
	// Host is the host municipality (vertskommune) leading the project. Zero means the host
	// has not been decided yet.
	Host MunicipalityCode `json:"host,omitzero"`
	// Participants are the municipalities taking part. The host may be listed or not;
	// [Project.Municipalities] returns both together.
	Participants []MunicipalityCode `json:"participants,omitempty"`
	// Partners are the ids of the network's partners working on the project.
	Partners []PartnerID `json:"partners,omitempty"`
	// Period is the project period, if decided.
	Period *Period `json:"period,omitempty"`
	// Measure is the id of the plan measure the project starts from, if any.
	Measure MeasureID `json:"measure,omitempty"`
	// Anchoring records the endorsement of each participating municipality's leadership.
	Anchoring []Anchoring `json:"anchoring,omitempty"`
	// OtherServices are municipal services beyond child welfare taking part, e.g.
	// "helsestasjon" or "PPT"; allowed from the 2021/2022 edition of the guidelines.
	OtherServices []string `json:"other_services,omitempty"`
	// Aims are what the project sets out to achieve.
	Aims []Aim `json:"aims,omitempty"`
	// Status says whether the project is an idea, being clarified or started. Zero means
	// not stated, read as started (see [Project.Started]).
	Status ProjectStatus `json:"status,omitzero"`
	// Group is the group responsible for the project (ansvarlig prosjektgruppe); nil if
	// none is recorded.
	Group *ProjectGroup `json:"group,omitempty"`
	// Mandate is the project's mandate (mandat), e.g. for a working group; nil if none is
	// recorded.
	Mandate *Document `json:"mandate,omitempty"`
	// ProjectPlan is the project plan (prosjektplan); nil if none is recorded.
	ProjectPlan *Document `json:"project_plan,omitempty"`
}

// Validate checks the project on its own: id, scheme and title present; host and
// participants well-formed codes without repeats; partner ids well formed and not repeated;
// the period; each anchoring, for a municipality of the project and not twice; other
// services named and not repeated; aims known and not repeated; a known status if one is
// given; the group (see [ProjectGroup.Validate]), mandate and project plan (see
// [Document.Validate]). [Network.Validate] also checks that partners, the group's partners
// included, and the measure exist in the network. An idea may lack what a started project
// has: whether it should have it is a guideline question, not a structural one.
func (p Project) Validate() error {
	var v validator
	p.validate(&v, "")
	return v.err()
}

func (p Project) validate(v *validator, path string) {
	v.id(field(path, "id"), string(p.ID))
	v.scheme(field(path, "scheme"), p.Scheme)
	v.text(field(path, "title"), p.Title, true)
	v.text(field(path, "description"), p.Description, false)
	v.optionalMunicipality(field(path, "host"), p.Host)
	members := v.municipalities(field(path, "participants"), p.Participants)
	if p.Host != 0 {
		members[p.Host] = true
	}

	partners := field(path, "partners")
	for i, id := range p.Partners {
		v.id(index(partners, i), string(id))
	}
	uniqueIDs(v, len(p.Partners),
		func(i int) PartnerID { return p.Partners[i] },
		func(i int) string { return index(partners, i) })

	if p.Period != nil {
		v.period(field(path, "period"), *p.Period)
	}
	v.optionalID(field(path, "measure"), string(p.Measure))

	anchoring := field(path, "anchoring")
	seen := make(map[MunicipalityCode]int)
	for i, a := range p.Anchoring {
		ap := index(anchoring, i)
		a.validate(v, ap)
		if !a.Municipality.Valid() {
			continue
		}
		if !members[a.Municipality] {
			v.add(field(ap, "municipality"), a.Municipality.String(), "not a municipality of the project")
		}
		if j, dup := seen[a.Municipality]; dup {
			v.addf(field(ap, "municipality"), a.Municipality.String(), "already anchored in %s", index(anchoring, j))
			continue
		}
		seen[a.Municipality] = i
	}

	services := field(path, "other_services")
	seenService := make(map[string]int)
	for i, s := range p.OtherServices {
		sp := index(services, i)
		v.text(sp, s, true)
		key := strings.ToLower(strings.TrimSpace(s))
		if j, dup := seenService[key]; dup && key != "" {
			v.addf(sp, s, "duplicate of %s", index(services, j))
			continue
		}
		seenService[key] = i
	}

	enumValue(v, field(path, "status"), p.Status, projectStatuses, false)
	if p.Group != nil {
		p.Group.validate(v, field(path, "group"))
	}
	if p.Mandate != nil {
		p.Mandate.validate(v, field(path, "mandate"))
	}
	if p.ProjectPlan != nil {
		p.ProjectPlan.validate(v, field(path, "project_plan"))
	}

	aimsPath := field(path, "aims")
	seenAim := make(map[Aim]int)
	for i, a := range p.Aims {
		enumValue(v, index(aimsPath, i), a, aims, true)
		if j, dup := seenAim[a]; dup && a.Valid() {
			v.addf(index(aimsPath, i), a.String(), "duplicate of %s", index(aimsPath, j))
			continue
		}
		seenAim[a] = i
	}
}

// Started reports whether the project has been set in motion: its status is
// [ProjectStarted], or no status is given (data written before projects had a status,
// whose projects were all read as started). An idea or a project being clarified is not
// started.
func (p Project) Started() bool { return p.Status == 0 || p.Status == ProjectStarted }

// HostDecided reports whether the project's host municipality has been decided.
func (p Project) HostDecided() bool { return p.Host != 0 }

// Municipalities returns the municipalities of the project, host included, each once, in
// increasing order.
func (p Project) Municipalities() []MunicipalityCode {
	return distinctCodes([]MunicipalityCode{p.Host}, p.Participants)
}

// Includes reports whether m is the project's host or one of its participants.
func (p Project) Includes(m MunicipalityCode) bool {
	return m != 0 && (p.Host == m || slices.Contains(p.Participants, m))
}

// Anchored reports whether the leadership of municipality m has endorsed the project.
func (p Project) Anchored(m MunicipalityCode) bool {
	for _, a := range p.Anchoring {
		if a.Municipality == m {
			return true
		}
	}
	return false
}

// Unanchored returns the municipalities of the project, host included, whose leadership
// has not endorsed it, in increasing order.
func (p Project) Unanchored() []MunicipalityCode {
	var out []MunicipalityCode
	for _, m := range p.Municipalities() {
		if !p.Anchored(m) {
			out = append(out, m)
		}
	}
	return out
}

// HasAim reports whether the project has aim a.
func (p Project) HasAim(a Aim) bool { return slices.Contains(p.Aims, a) }

// HasFosterHomeAim reports whether at least one of the project's aims is a foster-home aim
// (see [Aim.IsFosterHome]).
func (p Project) HasFosterHomeAim() bool { return slices.ContainsFunc(p.Aims, Aim.IsFosterHome) }
