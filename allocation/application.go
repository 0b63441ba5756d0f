package allocation

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Application is an application (søknad) for part of an office's pot: the second level of
// the allocation, from a governor office to the networks' projects.
type Application struct {
	// ID identifies the application, e.g. the network and project.
	ID string `json:"id"`
	// Requested is the amount applied for (omsøkt beløp); it caps the grant.
	Requested lnet.NOK `json:"requested"`
	// Weight is the office's weight for the application, e.g. the requested amount times a
	// priority ([WeightFromNOK] and [Weight.Mul]).
	Weight Weight `json:"weight"`
	// Refused, if not empty, is the reason the application is refused before the allocation
	// (e.g. the eligibility rule it fails); it then gets nothing and is listed in
	// Result.Refused.
	Refused string `json:"refused,omitempty"`
}

// AllocateApplications distributes an office's pot among applications with the cap of each
// equal to the amount requested, by the weights the office chose. Refused applications get
// nothing and are listed in Result.Refused, in id order, with the caller's reason. Ids must
// be unique across all applications. When no application is left to share the pot (none
// given, or all refused), the result has no shares and the whole pot, less the residue, is
// unallocated: an outcome an office must be able to record, not an error.
func AllocateApplications(pot lnet.NOK, apps []Application, opts ...Option) (*Result, error) {
	var recs []Recipient
	var index []int // index[k] is the position in apps of recs[k]
	var refused []Refusal
	seen := make(map[string]bool, len(apps))
	for i, a := range apps {
		if seen[a.ID] && a.ID != "" {
			return nil, &RecipientError{Index: i, ID: a.ID, Field: "id", Value: a.ID, Reason: "duplicate id", Err: ErrInvalidRecipient}
		}
		seen[a.ID] = true
		if a.Requested.IsNegative() {
			return nil, &RecipientError{Index: i, ID: a.ID, Field: "requested", Value: a.Requested.String(), Reason: "negative amount requested", Err: ErrInvalidRecipient}
		}
		if a.Refused != "" {
			if a.ID == "" {
				return nil, &RecipientError{Index: i, Field: "id", Reason: "empty id", Err: ErrInvalidRecipient}
			}
			refused = append(refused, Refusal{ID: a.ID, Requested: a.Requested, Reason: a.Refused})
			continue
		}
		requested := a.Requested
		recs = append(recs, Recipient{ID: a.ID, Weight: a.Weight, Cap: &requested})
		index = append(index, i)
	}
	var res *Result
	var err error
	if len(recs) == 0 {
		res, err = nobodyToShare(pot, opts)
	} else {
		res, err = Allocate(pot, recs, opts...)
	}
	if err != nil {
		var re *RecipientError
		if errors.As(err, &re) && re.Index >= 0 && re.Index < len(index) {
			re.Index = index[re.Index]
			if re.Field == "cap" {
				re.Field = "requested"
			}
		}
		return nil, err
	}
	slices.SortFunc(refused, func(a, b Refusal) int { return strings.Compare(a.ID, b.ID) })
	res.Refused = refused
	return res, nil
}

// nobodyToShare is the result of a pot with no recipient: after the usual checks of the pot
// and the options, every whole unit is unallocated and the rest is the residue.
func nobodyToShare(pot lnet.NOK, opts []Option) (*Result, error) {
	p, err := prepare(nil, newConfig(opts))
	if err != nil {
		return nil, err
	}
	if _, err := p.allocate(pot); !errors.Is(err, ErrZeroWeights) {
		// The pot itself is invalid (err), or holds less than one unit (a nil error).
		if err != nil {
			return nil, err
		}
	}
	whole, err := unitsNOK(uint64(oreOf(pot)/p.unitOre), p.unitOre) // pot ≥ 0 was checked
	if err != nil {
		return nil, fmt.Errorf("allocation: unallocated: %w", err)
	}
	residue, err := pot.Sub(whole)
	if err != nil {
		return nil, fmt.Errorf("allocation: residue: %w", err)
	}
	return &Result{
		Pot: pot, Unit: p.cfg.unit, Method: p.cfg.method, Basis: p.cfg.basis,
		Residue:     residue,
		Unallocated: whole,
	}, nil
}
