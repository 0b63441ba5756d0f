package lnet

// The models' date fields are github.com/rickb777/date/v2 values, whose decoder turns
// "2018-02-30" into 2018-03-02 and accepts other forms besides YYYY-MM-DD. Each model with
// date fields of its own decodes strictly and then checks those fields' text, so that JSON
// input with an impossible or oddly written date is an error, never a guess. Nested models
// check themselves as the decoder reaches them.
//
// Decoding is strict about field names too: an unknown field is an error rather than data
// silently dropped (a custom UnmarshalJSON would otherwise also lose a caller's
// json.Decoder.DisallowUnknownFields for everything inside the model).

// UnmarshalJSON decodes the anchoring, rejecting unknown fields and a date date that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (a *Anchoring) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, a, decodeConfig{}) }

// UnmarshalJSON decodes the application, rejecting unknown fields and a submitted date that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (a *Application) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, a, decodeConfig{}) }

// UnmarshalJSON decodes the assessment, rejecting unknown fields and a date date that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (a *Assessment) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, a, decodeConfig{}) }

// UnmarshalJSON decodes the decision, rejecting unknown fields and a date field that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (d *Decision) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, d, decodeConfig{}) }

// UnmarshalJSON decodes the gathering, rejecting unknown fields and a date date that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (g *Gathering) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, g, decodeConfig{}) }

// UnmarshalJSON decodes the grant, rejecting unknown fields and a date field that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (g *Grant) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, g, decodeConfig{}) }

// UnmarshalJSON decodes the leader, rejecting unknown fields and a chosen date that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (l *Leader) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, l, decodeConfig{}) }

// UnmarshalJSON decodes the member, rejecting unknown fields and a joined date that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (m *Member) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, m, decodeConfig{}) }

// UnmarshalJSON decodes the network, rejecting unknown fields and a established date that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (n *Network) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, n, decodeConfig{}) }

// UnmarshalJSON decodes the period, rejecting unknown fields and a date field that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (p *Period) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, p, decodeConfig{}) }

// UnmarshalJSON decodes the plan, rejecting unknown fields and a adopted date that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (p *Plan) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, p, decodeConfig{}) }

// UnmarshalJSON decodes the steering group, rejecting unknown fields and a established date that is not exactly a calendar day YYYY-MM-DD
// ("2018-02-30" is an error, not 2018-03-02).
func (s *SteeringGroup) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, s, decodeConfig{}) }

// UnmarshalJSON decodes the contributor, rejecting unknown fields.
func (c *Contributor) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, c, decodeConfig{}) }

// UnmarshalJSON decodes the document, rejecting unknown fields and a date that is not
// exactly a calendar day YYYY-MM-DD ("2018-02-30" is an error, not 2018-03-02).
func (d *Document) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, d, decodeConfig{}) }

// UnmarshalJSON decodes the horizon, rejecting unknown fields.
func (h *Horizon) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, h, decodeConfig{}) }

// UnmarshalJSON decodes the project group, rejecting unknown fields and an established date
// that is not exactly a calendar day YYYY-MM-DD ("2018-02-30" is an error, not 2018-03-02).
func (g *ProjectGroup) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, g, decodeConfig{}) }

// UnmarshalJSON decodes the resource group, rejecting unknown fields and an established date
// that is not exactly a calendar day YYYY-MM-DD ("2018-02-30" is an error, not 2018-03-02).
func (g *ResourceGroup) UnmarshalJSON(b []byte) error { return unmarshalStrict(b, g, decodeConfig{}) }
