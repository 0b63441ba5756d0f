package lnet

import "github.com/rickb777/date/v2"

// Leader is the leader the network has chosen (nettverkets leder), described by the member
// service and position the person comes from; the SDK keeps no names. The guidelines say a
// network shall choose a leader; a network that has not (yet) done so has no Leader, and
// may record why in its decisions (see [DecisionLeader]).
type Leader struct {
	// Ref is an optional opaque reference for the caller's own records.
	Ref string `json:"ref,omitempty"`
	// Service is the member service the leader comes from. Required; it must be a member
	// of the network.
	Service ServiceID `json:"service"`
	// Municipality is the municipality the leader comes from, if the service covers several.
	// Optional; if given, the service must cover it.
	Municipality MunicipalityCode `json:"municipality,omitzero"`
	// Title is the leader's position, e.g. "barnevernleder". Optional.
	Title string `json:"title,omitempty"`
	// Chosen is the day the network chose the leader, if known.
	Chosen *date.Date `json:"chosen,omitempty"`
}

// Validate checks the leader on its own; [Network.Validate] also checks that the service
// is a member and covers the municipality.
func (l Leader) Validate() error {
	var v validator
	l.validate(&v, "")
	return v.err()
}

func (l Leader) validate(v *validator, path string) {
	if l.Ref != "" {
		v.id(field(path, "ref"), l.Ref)
	}
	v.id(field(path, "service"), string(l.Service))
	v.optionalMunicipality(field(path, "municipality"), l.Municipality)
	v.text(field(path, "title"), l.Title, false)
	v.optionalDate(field(path, "chosen"), l.Chosen)
}
